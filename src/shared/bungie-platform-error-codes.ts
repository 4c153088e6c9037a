/**
 * Bungie's PlatformErrorCodes that Gearview reads and its demo answers with, named as Bungie's
 * `ErrorStatus` names them, so the client, the demo and the server's doctor cannot disagree on a
 * number. Declared shared: plain data, for the browser and the server alike.
 */
export const PlatformErrorCode = {
  Success: 1,
  SystemDisabled: 5,
  ParameterParseFailure: 7,
  ThrottleLimitExceeded: 31,
  ThrottleLimitExceededMinutes: 35,
  ThrottleLimitExceededMomentarily: 36,
  ThrottleLimitExceededSeconds: 37,
  PerEndpointRequestThrottleExceeded: 51,
  WebAuthRequired: 99,
  DestinyAccountNotFound: 1601,
  DestinyUnexpectedError: 1618,
  DestinyCharacterNotFound: 1620,
  DestinyItemNotFound: 1623,
  DestinyPrivacyRestriction: 1665,
  DestinyThrottledByGameServer: 1672,
  ApiInvalidOrExpiredKey: 2101,
  ApiKeyMissingFromRequest: 2102,
  OriginHeaderDoesNotMatchKey: 2107,
} as const;

export type PlatformErrorStatus = keyof typeof PlatformErrorCode;
export type PlatformErrorCode = (typeof PlatformErrorCode)[PlatformErrorStatus];

/** Every way Bungie says "slow down". */
export const throttleCodes: ReadonlySet<number> = new Set([
  PlatformErrorCode.ThrottleLimitExceeded,
  PlatformErrorCode.ThrottleLimitExceededMinutes,
  PlatformErrorCode.ThrottleLimitExceededMomentarily,
  PlatformErrorCode.ThrottleLimitExceededSeconds,
  PlatformErrorCode.PerEndpointRequestThrottleExceeded,
  PlatformErrorCode.DestinyThrottledByGameServer,
]);

/** Answers about the API key itself: the call reached the API, and the key is what failed. */
export const apiKeyCodes: ReadonlySet<number> = new Set([
  PlatformErrorCode.ApiInvalidOrExpiredKey,
  PlatformErrorCode.ApiKeyMissingFromRequest,
  PlatformErrorCode.OriginHeaderDoesNotMatchKey,
]);
