import { PlatformErrorCode } from '../../shared/bungie-platform-error-codes.ts';
import type { ProviderFaultReplies } from '../faults/apply-fault.ts';
import { errorBody, jsonReply, PlatformErrors, toResponse } from './envelope.ts';

/** Bungie's envelopes for the faults that have one. */
export const bungieFaultReplies: ProviderFaultReplies = {
  throttled: (seconds, code = PlatformErrorCode.ThrottleLimitExceededMomentarily) =>
    toResponse(
      jsonReply(
        errorBody(
          code === PlatformErrorCode.ThrottleLimitExceeded
            ? PlatformErrors.throttleLimitExceeded
            : PlatformErrors.throttled,
          seconds,
        ),
      ),
    ),
  maintenance: (code = PlatformErrorCode.SystemDisabled) => {
    if (code === PlatformErrorCode.SystemDisabled)
      return toResponse(jsonReply(errorBody(PlatformErrors.systemDisabled)));
    // As bungie.net answered 1618: HTTP 500, the code repeated in a header.
    const failure = PlatformErrors.unexpectedError;
    const response = toResponse({ ...jsonReply(errorBody(failure)), status: 500 });
    response.headers.set('x-ventcore-status', String(failure.code));
    return response;
  },
};
