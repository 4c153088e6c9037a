import type { ProviderFaultReplies } from '../faults/apply-fault.ts';
import { failureResponse, PlayFabErrors } from './errors.ts';

/** PlayFab's envelope for throttling: HTTP 429, Retry-After, and retryAfterSeconds in the body. */
export const playfabFaultReplies: ProviderFaultReplies = {
  throttled: (seconds) => failureResponse(PlayFabErrors.throttled(seconds)),
};
