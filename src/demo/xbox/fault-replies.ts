import type { ProviderFaultReplies } from '../faults/apply-fault.ts';
import { throttledResponse } from './rate-limit.ts';

/** Xbox Live's 429 for a burst limit it says was just passed. */
export const xboxFaultReplies: ProviderFaultReplies = {
  throttled: (seconds) =>
    throttledResponse(
      { version: 1, currentRequests: 301, maxRequests: 300, periodInSeconds: 15, type: 'burst', limitType: 'Rate' },
      seconds,
    ),
};
