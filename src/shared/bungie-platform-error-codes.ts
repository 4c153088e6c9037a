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
