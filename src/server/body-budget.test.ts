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
    a.release();
    a.release();
    expect(b.take(60)).toBe(true);
    expect(hold().take(1)).toBe(false);
  });

  it('lets the oldest body in flight finish past the budget, so bodies side by side cannot all be refused', () => {
    const hold = createBodyBudget(100);
    const [oldest, other] = [hold(), hold()];
    expect(other.take(90)).toBe(true);
    expect(oldest.take(50)).toBe(true);
    expect(other.take(1)).toBe(false);
    other.release();
    oldest.release();
    expect(hold().take(100)).toBe(true);
  });

  it('refuses more bytes to a body already released, such as one whose caller gave up', () => {
    const hold = createBodyBudget(100);
    const late = hold();
    late.release();
    expect(late.take(1)).toBe(false);
  });
});
