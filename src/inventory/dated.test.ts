import { describe, expect, it } from 'vitest';
import { dated } from './dated.ts';

describe('dated', () => {
  it('reads ISO dates with or without fractions and offsets, and leaves out what it cannot read', () => {
    expect(dated('2025-06-21T17:45:02.567Z')).toEqual({ acquiredAt: Date.UTC(2025, 5, 21, 17, 45, 2, 567) });
    expect(dated('2016-03-01T10:00:00+00:00')).toEqual({ acquiredAt: Date.UTC(2016, 2, 1, 10) });
    expect(dated(undefined)).toEqual({});
    expect(dated(null)).toEqual({});
    expect(dated('last Tuesday')).toEqual({});
  });
});
