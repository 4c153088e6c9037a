/** PlayFab's ApiErrorWrapper, as the demo answers it. The HTTP status always equals `code`. */

export interface PlayFabFailure {
  code: number;
  status: string;
  error: string;
  errorCode: number;
  errorMessage: string;
  errorDetails?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

const failure = (
  code: number,
  status: string,
  error: string,
  errorCode: number,
  errorMessage: string,
): PlayFabFailure => ({
  code,
  status,
  error,
  errorCode,
  errorMessage,
});

export const PlayFabErrors = {
  notAuthenticated: failure(
    401,
    'Unauthorized',
    'NotAuthenticated',
    1074,
    'This API method does not allow anonymous callers.',
  ),
  accountNotFound: failure(400, 'BadRequest', 'AccountNotFound', 1001, 'User not found'),
  characterNotFound: failure(400, 'BadRequest', 'CharacterNotFound', 1135, 'Character not found'),
  invalidContentType: failure(400, 'BadRequest', 'InvalidContentType', 1144, 'Invalid content type'),
  serviceUnavailable: failure(503, 'ServiceUnavailable', 'ServiceUnavailable', 1123, 'Service unavailable'),
  invalidParams: (errorDetails: Record<string, string[]>): PlayFabFailure => ({
    ...failure(400, 'BadRequest', 'InvalidParams', 1000, 'Invalid input parameters'),
    errorDetails,
  }),
  throttled: (retryAfterSeconds: number): PlayFabFailure => ({
    code: 429,
    status: 'TooManyRequests',
    retryAfterSeconds,
    error: 'APIClientRequestRateLimitExceeded',
    errorCode: 1199,
    errorMessage: 'The client has exceeded the maximum API request rate and is being throttled',
  }),
};

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

export function failureResponse(failure: PlayFabFailure): Response {
  const headers: Record<string, string> = { ...JSON_TYPE };
  if (failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(failure.retryAfterSeconds);
  return new Response(JSON.stringify(failure), { status: failure.code, headers });
}

export function successResponse(data: unknown): Response {
  return new Response(JSON.stringify({ code: 200, status: 'OK', data }), { headers: JSON_TYPE });
}
