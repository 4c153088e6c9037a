import * as v from 'valibot';
import { AppError, type AppErrorInit } from '../../inventory/app-error.ts';
import { parseProviderData } from '../../inventory/parse-provider-data.ts';
import { envelopeSchema } from './schema.ts';

/** When PlayFab throttles without saying for how long, wait this long. */
const DEFAULT_THROTTLE_SECONDS = 10;

const throttleCodes = new Set([1113, 1199, 1287, 1342]);
const authCodes = new Set([1074, 1089, 1191]);
const unavailableCodes = new Set([1123, 1127]);
const notFound: Record<number, NonNullable<AppErrorInit['subject']>> = {
  1001: 'player',
  1004: 'title',
  1047: 'item',
  1135: 'character',
};

/** `errorDetails` is field name to messages: worth showing, as it says exactly what was wrong. */
function detailsText(details: Record<string, string[]> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join(' ');
}

function errorFor(parsed: v.InferOutput<typeof envelopeSchema>, headerRetryAfterSeconds: number | undefined): AppError {
  const code = parsed.errorCode ?? 0;
  const base = { provider: 'playfab' as const, providerCode: `${code} ${parsed.error ?? ''}`.trim() };
  const message = [parsed.errorMessage, detailsText(parsed.errorDetails)].filter(Boolean).join('. ');
  if (throttleCodes.has(code) || parsed.code === 429) {
    return new AppError({
      ...base,
      kind: 'throttled',
      message,
      retryAfterSeconds: parsed.retryAfterSeconds || headerRetryAfterSeconds || DEFAULT_THROTTLE_SECONDS,
    });
  }
  const subject = notFound[code];
  if (subject) return new AppError({ ...base, kind: 'not-found', subject, message });
  if (authCodes.has(code) || parsed.code === 401 || parsed.code === 403)
    return new AppError({ ...base, kind: 'auth', message });
  if (code === 1000 || code === 1071) return new AppError({ ...base, kind: 'bad-request', message });
  if (unavailableCodes.has(code))
    return new AppError({ ...base, kind: 'upstream', message: message || 'PlayFab is unavailable.' });
  return new AppError({ ...base, kind: 'upstream', message: message || `PlayFab answered with error ${code}.` });
}

/**
 * Unwraps PlayFab's envelope: `data` on success, the matching AppError otherwise. Like the SDKs,
 * a body with `error` or without `data` is a failure, whatever the HTTP status said. A throttle
 * waits the envelope's `retryAfterSeconds`, else the Retry-After header's.
 */
export function unwrapEnvelope(body: unknown, headerRetryAfterSeconds?: number): unknown {
  const parsed = v.safeParse(envelopeSchema, body);
  if (!parsed.success) {
    throw new AppError({
      kind: 'bad-response',
      provider: 'playfab',
      message: 'PlayFab answered in a format Gearview does not recognise.',
    });
  }
  if (parsed.output.error || parsed.output.errorCode) throw errorFor(parsed.output, headerRetryAfterSeconds);
  if (parsed.output.data === undefined || parsed.output.data === null) {
    throw new AppError({ kind: 'bad-response', provider: 'playfab', message: 'PlayFab sent a success with no data.' });
  }
  return parsed.output.data;
}

/** Validates unwrapped `data` against a schema, as a clear AppError when it does not fit. */
export function parseData<S extends v.GenericSchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  return parseProviderData('playfab', schema, data, what);
}
