import { describe, expect, it } from 'vitest';
import { createBodyBudget } from './body-budget.ts';

describe('createBodyBudget', () => {
  it('lets bodies take bytes together up to the budget, and gives them back on release', () => {
    const hold = createBodyBudget(100);
    const a = hold();
    const b = hold();
    expect(a.take(60)).toBe(true);
    expect(b.take(41)).toBe(false);
    expect(b.take(40)).toBe(true);
    expect(a.take(1)).toBe(false);
    a.release();
    a.release();
    expect(b.take(60)).toBe(true);
    expect(b.take(1)).toBe(false);
  });

  it('refuses more bytes to a body already released, such as one whose caller gave up', () => {
    const hold = createBodyBudget(100);
    const late = hold();
    late.release();
    expect(late.take(1)).toBe(false);
    expect(hold().take(100)).toBe(true);
  });
});
