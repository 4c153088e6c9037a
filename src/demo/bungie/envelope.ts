/** Bungie's response envelope and the PlatformErrorCodes the demo answers with. */

import { PlatformErrorCode, type PlatformErrorStatus } from '../../shared/bungie-platform-error-codes.ts';

export interface PlatformError {
  code: PlatformErrorCode;
  status: PlatformErrorStatus;
  message: string;
}

const error = (status: PlatformErrorStatus, message: string): PlatformError => ({
  code: PlatformErrorCode[status],
  status,
  message,
});

export const PlatformErrors = {
  systemDisabled: error('SystemDisabled', 'This system is temporarily disabled for maintenance.'),
  parameterParseFailure: error(
    'ParameterParseFailure',
    'Unable to parse your parameters. Please correct them, and try again.',
  ),
  // Bungie's wording for 31 is not on record; this text is ours.
  throttleLimitExceeded: error('ThrottleLimitExceeded', 'Too many requests. Please wait before trying again.'),
  throttled: error(
    'ThrottleLimitExceededMomentarily',
    'Patience is a virtue! Please wait a moment before performing this action again.',
  ),
  accountNotFound: error(
    'DestinyAccountNotFound',
    'We were unable to find your Destiny account information.  If you have a valid Destiny Account, let us know.',
  ),
  unexpectedError: error(
    'DestinyUnexpectedError',
    "An unexpected error has occurred on Bungie's servers while trying to grab Destiny information.",
  ),
  // Bungie's wording for 1620 is not on record; this text is ours.
  characterNotFound: error('DestinyCharacterNotFound', 'The requested character was not found on this account.'),
  itemNotFound: error('DestinyItemNotFound', 'The item requested was not found.'),
  privacyRestriction: error(
    'DestinyPrivacyRestriction',
    'The user has chosen for this data to be private. No peeking!',
  ),
  invalidApiKey: error('ApiInvalidOrExpiredKey', 'The given Platform API Key is invalid.'),
  missingApiKey: error(
    'ApiKeyMissingFromRequest',
    'Please add valid X-API-Key header to request.  Visit https://www.bungie.net/developer for details.',
  ),
} as const;

/** Key order matters to byte-level fixtures: Response first, MessageData last. */
export function successBody(response: unknown): string {
  return JSON.stringify({
    Response: response,
    ErrorCode: PlatformErrorCode.Success,
    ThrottleSeconds: 0,
    ErrorStatus: 'Success',
    Message: 'Ok',
    MessageData: {},
  });
}

/** Errors carry no `Response`. */
export function errorBody(failure: PlatformError, throttleSeconds = 0): string {
  return JSON.stringify({
    ErrorCode: failure.code,
    ThrottleSeconds: throttleSeconds,
    ErrorStatus: failure.status,
    Message: failure.message,
    MessageData: {},
  });
}

/** A finished HTTP answer; the app turns it into a Response. */
export interface Reply {
  status: number;
  contentType: string;
  body: string;
}

export const jsonReply = (body: string): Reply => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body,
});

export const toResponse = (reply: Reply): Response =>
  new Response(reply.body, { status: reply.status, headers: { 'Content-Type': reply.contentType } });
