import { describe, expect, it } from 'vitest';
import { AppError } from '../../inventory/app-error.ts';
import { unwrapEnvelope } from './envelope.ts';

function failure(body: unknown, headerRetryAfterSeconds?: number): AppError {
  try {
    unwrapEnvelope(body, headerRetryAfterSeconds);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a failure');
}

const wrap = (code: number, error: string, errorCode: number, errorMessage: string, extra = {}) => ({
  code,
  status: 'x',
  error,
  errorCode,
  errorMessage,
  ...extra,
});

describe('PlayFab envelope', () => {
  it('returns data on success', () => {
    expect(unwrapEnvelope({ code: 200, status: 'OK', data: { a: 1 } })).toEqual({ a: 1 });
  });

  it.each([
    [wrap(401, 'NotAuthenticated', 1074, 'no anonymous callers'), { kind: 'auth' }],
    [wrap(400, 'AccountNotFound', 1001, 'User not found'), { kind: 'not-found', subject: 'player' }],
    [
      wrap(400, 'CharacterNotFound', 1135, 'Character not found'),
      { kind: 'not-found', subject: 'character', providerCode: '1135 CharacterNotFound' },
    ],
    [wrap(400, 'InvalidTitleId', 1004, 'Invalid title'), { kind: 'not-found', subject: 'title' }],
    [
      wrap(400, 'InvalidParams', 1000, 'Invalid input parameters', {
        errorDetails: { CharacterId: ['The CharacterId field is required.'] },
      }),
      { kind: 'bad-request', message: 'Invalid input parameters. CharacterId: The CharacterId field is required.' },
    ],
    [
      wrap(429, 'APIClientRequestRateLimitExceeded', 1199, 'slow down', { retryAfterSeconds: 8 }),
      { kind: 'throttled', retryAfterSeconds: 8 },
    ],
    [wrap(503, 'ServiceUnavailable', 1123, 'Service unavailable'), { kind: 'upstream' }],
  ])('maps %j', (body, expected) => {
    expect(failure(body)).toMatchObject({ provider: 'playfab', ...expected });
  });

  it("waits the envelope's retryAfterSeconds, else the Retry-After header's, else its own default", () => {
    const throttled = (extra = {}) => wrap(429, 'APIClientRequestRateLimitExceeded', 1199, 'slow down', extra);
    expect(failure(throttled({ retryAfterSeconds: 8 }), 5).retryAfterSeconds).toBe(8);
    expect(failure(throttled(), 5).retryAfterSeconds).toBe(5);
    expect(failure(throttled(), undefined).retryAfterSeconds).toBe(10);
  });

  it('treats a body without data, or not an envelope at all, as a bad response', () => {
    expect(failure({ code: 200, status: 'OK' }).kind).toBe('bad-response');
    expect(failure([1, 2]).kind).toBe('bad-response');
  });
});
