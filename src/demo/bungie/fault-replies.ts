import type { ProviderFaultReplies } from '../faults/apply-fault.ts';
import { errorBody, jsonReply, PlatformErrors, toResponse } from './envelope.ts';

/** Bungie's envelopes for the faults that have one. */
export const bungieFaultReplies: ProviderFaultReplies = {
  throttled: (seconds, code = 36) =>
    toResponse(
      jsonReply(errorBody(code === 31 ? PlatformErrors.throttleLimitExceeded : PlatformErrors.throttled, seconds)),
    ),
  maintenance: (code = 5) => {
    if (code === 5) return toResponse(jsonReply(errorBody(PlatformErrors.systemDisabled)));
    // As bungie.net answered 1618: HTTP 500, the code repeated in a header.
    const response = toResponse({ ...jsonReply(errorBody(PlatformErrors.unexpectedError)), status: 500 });
    response.headers.set('x-ventcore-status', '1618');
    return response;
  },
};
