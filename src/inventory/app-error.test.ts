import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './app-error.ts';
import { describeError } from './describe-error.ts';

describe('toAppError', () => {
  it('keeps an error already classed', () => {
    const error = new AppError({ kind: 'bad-response', provider: 'destiny', message: 'No data.' });
    expect(toAppError(error)).toBe(error);
  });

  it("calls anything else Gearview's own failure, never the provider's answer", () => {
    const error = toAppError(new RangeError('Maximum call stack size exceeded'));
    expect(error.kind).toBe('crash');
    expect(error.message).toBe('Maximum call stack size exceeded');
    const { title, advice } = describeError(error);
    expect(title).toBe('Something went wrong in Gearview');
    expect(`${title} ${advice}`).not.toMatch(/could not be read/);
  });
});
