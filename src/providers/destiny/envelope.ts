import * as v from 'valibot';
import { AppError, type AppErrorInit } from '../../inventory/app-error.ts';
import { parseProviderData } from '../../inventory/parse-provider-data.ts';
import { apiKeyCodes, PlatformErrorCode as Code, throttleCodes } from '../../shared/bungie-platform-error-codes.ts';
import { envelopeSchema } from './schema.ts';

type Subject = NonNullable<AppErrorInit['subject']>;

/** When Bungie throttles without saying for how long (it often sends 0), wait this long. */
const DEFAULT_THROTTLE_SECONDS = 10;

const maintenanceCodes = new Set<number>([Code.SystemDisabled, Code.DestinyUnexpectedError]);
const authCodes = new Set<number>([Code.WebAuthRequired, ...apiKeyCodes]);
const notFound: Record<number, Subject> = {
  [Code.DestinyAccountNotFound]: 'account',
  [Code.DestinyCharacterNotFound]: 'character',
  [Code.DestinyItemNotFound]: 'item',
};

function errorFor(code: number, status: string, message: string, throttleSeconds: number): AppError {
  const base = { provider: 'destiny' as const, providerCode: `${code} ${status}`.trim() };
  if (maintenanceCodes.has(code)) {
    return new AppError({ ...base, kind: 'maintenance', message: message || 'Bungie is down for maintenance.' });
  }
  if (throttleCodes.has(code)) {
    return new AppError({
      ...base,
      kind: 'throttled',
      message: message || 'Bungie asked us to slow down.',
      retryAfterSeconds: throttleSeconds > 0 ? throttleSeconds : DEFAULT_THROTTLE_SECONDS,
    });
  }
  const subject = notFound[code];
  if (subject) return new AppError({ ...base, kind: 'not-found', subject, message });
  if (code === Code.DestinyPrivacyRestriction) return new AppError({ ...base, kind: 'private', message });
  if (authCodes.has(code)) return new AppError({ ...base, kind: 'auth', message });
  if (code === Code.ParameterParseFailure) return new AppError({ ...base, kind: 'bad-request', message });
  return new AppError({ ...base, kind: 'upstream', message: message || `Bungie answered with error ${code}.` });
}

/**
 * Unwraps Bungie's envelope: returns `Response` when ErrorCode is 1 and throws the matching
 * AppError otherwise. The HTTP status is not trusted; the body decides.
 */
export function unwrapEnvelope(body: unknown): unknown {
  const parsed = v.safeParse(envelopeSchema, body);
  if (!parsed.success) {
    throw new AppError({
      kind: 'bad-response',
      provider: 'destiny',
      message: 'Bungie answered in a format Gearview does not recognise.',
    });
  }
  const { ErrorCode, ErrorStatus, Message, ThrottleSeconds, Response } = parsed.output;
  if (ErrorCode !== Code.Success) throw errorFor(ErrorCode, ErrorStatus, Message, ThrottleSeconds);
  if (Response === undefined) {
    throw new AppError({ kind: 'bad-response', provider: 'destiny', message: 'Bungie sent a success with no data.' });
  }
  return Response;
}

/** Validates an unwrapped `Response` against a schema, as a clear AppError when it does not fit. */
export function parseResponse<S extends v.GenericSchema>(schema: S, response: unknown, what: string): v.InferOutput<S> {
  return parseProviderData('destiny', schema, response, what);
}
