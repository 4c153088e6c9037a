import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../inventory/app-error.ts';
import { getJson, postJson } from './api-client.ts';

function answer(body: string, status = 200, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    async () => new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  );
}

async function failure(request: Promise<unknown>): Promise<AppError> {
  const error = await request.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('calls a cut-off or garbled success a bad response from the provider', async () => {
    answer('{"Response": {"items": [');
    expect(await failure(getJson('/api/bungie/x', { provider: 'destiny' }))).toMatchObject({
      kind: 'bad-response',
      message: "Bungie's answer is not valid JSON: it was cut off or garbled on the way.",
    });
  });

  it("maps the proxy's own failures, a provider it could not reach included", async () => {
    answer(
      JSON.stringify({
        error: {
          code: 'upstream_unreachable',
          message: 'The connection to the provider broke off mid-answer.',
          provider: 'xbox',
        },
      }),
      502,
    );
    expect(await failure(getJson('/api/xbox/x', { provider: 'xbox' }))).toMatchObject({
      kind: 'upstream',
      providerCode: 'upstream_unreachable',
    });
    answer(JSON.stringify({ error: { code: 'upstream_timeout', message: 'late', provider: 'xbox' } }), 504);
    expect((await failure(getJson('/api/xbox/x', { provider: 'xbox' }))).kind).toBe('timeout');
  });

  it('hands PlayFab envelopes back with the Retry-After header', async () => {
    answer('{"code":429,"error":"APIClientRequestRateLimitExceeded"}', 429, { 'Retry-After': '6' });
    expect(await postJson('/api/playfab/T/Server/GetAllUsersCharacters', {}, { provider: 'playfab' })).toEqual({
      body: { code: 429, error: 'APIClientRequestRateLimitExceeded' },
      retryAfterSeconds: 6,
    });
  });

  it('turns a bare Xbox status into its class, with the wait', async () => {
    answer('{"version":1}', 429, { 'Retry-After': '15' });
    expect(await failure(getJson('/api/xbox/x', { provider: 'xbox', failOnStatus: true }))).toMatchObject({
      kind: 'throttled',
      retryAfterSeconds: 15,
    });
  });
});
