import { describe, expect, it } from 'vitest';
import { AppError } from '../../inventory/app-error.ts';
import { unwrapEnvelope } from './envelope.ts';

const envelope = (ErrorCode: number, extra: Record<string, unknown> = {}) => ({
  ErrorCode,
  ThrottleSeconds: 0,
  ErrorStatus: 'Status',
  Message: 'Provider message',
  MessageData: {},
  ...extra,
});

function errorOf(body: unknown): AppError {
  try {
    unwrapEnvelope(body);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected unwrapEnvelope to throw');
}

describe('unwrapEnvelope', () => {
  it('returns Response on success', () => {
    expect(unwrapEnvelope(envelope(1, { Response: [1, 2] }))).toEqual([1, 2]);
  });

  it.each([
    [5, 'maintenance', undefined],
    [1618, 'maintenance', undefined],
    [1601, 'not-found', 'account'],
    [1620, 'not-found', 'character'],
    [1623, 'not-found', 'item'],
    [1665, 'private', undefined],
    [2101, 'auth', undefined],
    [7, 'bad-request', undefined],
    [3, 'upstream', undefined],
  ])('maps ErrorCode %i to %s', (code, kind, subject) => {
    const error = errorOf(envelope(code));
    expect(error).toBeInstanceOf(AppError);
    expect(error.kind).toBe(kind);
    expect(error.subject).toBe(subject);
    expect(error.message).toBe('Provider message');
    expect(error.providerCode).toBe(`${code} Status`);
  });

  it('honours ThrottleSeconds, and waits a default when Bungie sends 0', () => {
    expect(errorOf(envelope(36, { ThrottleSeconds: 4 }))).toMatchObject({ kind: 'throttled', retryAfterSeconds: 4 });
    expect(errorOf(envelope(31))).toMatchObject({ kind: 'throttled', retryAfterSeconds: 10 });
  });

  it('rejects bodies that are not an envelope, and successes without data', () => {
    expect(errorOf('<html>').kind).toBe('bad-response');
    expect(errorOf({ Response: {} }).kind).toBe('bad-response');
    expect(errorOf(envelope(1)).kind).toBe('bad-response');
  });
});
