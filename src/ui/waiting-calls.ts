import { isCancelledError, type QueryState } from '@tanstack/react-query';
import type { FetchTimes } from '../fetch-times.ts';
import { toAppError } from '../inventory/app-error.ts';
import { providerNames } from '../inventory/describe-error.ts';
import type { ProviderId } from '../inventory/model.ts';

/** A quick answer shows no indicator: only a call still out after this long, or one being retried. */
export const SHOW_AFTER_MS = 1000;

/** One provider call a page is showing, as the query cache holds it, with when its tries started and failed. */
export interface WatchedCall extends FetchTimes {
  provider: ProviderId;
  state: Pick<QueryState, 'status' | 'fetchStatus' | 'fetchFailureCount' | 'fetchFailureReason' | 'error'>;
  /** How many tries the query's retry policy allows in all. */
  maxTries: number;
}

export type WaitingView =
  | { kind: 'trying'; provider: ProviderId; attempt: number; maxTries: number; seconds: number }
  | { kind: 'backing-off'; provider: ProviderId; seconds: number }
  | { kind: 'cancelled'; provider: ProviderId };

export const isFetching = (call: WatchedCall) => call.state.fetchStatus !== 'idle';

/** Cancelled by the person (TanStack Query's CancelledError), not failed: nothing went wrong upstream. */
export const isCancelled = (call: WatchedCall) =>
  call.state.fetchStatus === 'idle' && call.state.status === 'error' && isCancelledError(call.state.error);

/** What to say about the page's calls at `now`: the longest wait, or a cancellation, or nothing. */
export function waitingView(calls: WatchedCall[], now: number): WaitingView | null {
  const shown = calls.filter(
    (call) => isFetching(call) && (call.state.fetchFailureCount > 0 || now - call.startedAt >= SHOW_AFTER_MS),
  );
  const longest = shown.sort((a, b) => a.startedAt - b.startedAt)[0];
  if (longest) {
    const { provider, state, failedAt, maxTries } = longest;
    // The provider's own Retry-After is the one wait known in advance; a jittered backoff lasts under two seconds.
    const asked =
      state.fetchFailureCount > 0 && state.fetchFailureReason
        ? toAppError(state.fetchFailureReason).retryAfterSeconds
        : undefined;
    const left = asked !== undefined && failedAt !== undefined ? Math.ceil((failedAt + asked * 1000 - now) / 1000) : 0;
    if (left > 0) return { kind: 'backing-off', provider, seconds: left };
    const attempt = Math.min(state.fetchFailureCount + 1, maxTries);
    return {
      kind: 'trying',
      provider,
      attempt,
      maxTries,
      seconds: Math.max(0, Math.floor((now - longest.startedAt) / 1000)),
    };
  }
  const cancelled = calls.find(isCancelled);
  return cancelled ? { kind: 'cancelled', provider: cancelled.provider } : null;
}

/** The line a person sees, updated as the seconds pass. */
export function describeWaiting(view: WaitingView): string {
  const name = providerNames[view.provider];
  switch (view.kind) {
    case 'trying':
      return `Waiting for ${name}: try ${view.attempt} of ${view.maxTries}, ${view.seconds} s`;
    case 'backing-off':
      return `${name} asked us to wait: trying again in ${view.seconds} s`;
    case 'cancelled':
      return `Cancelled. The request to ${name} was stopped.`;
  }
}

/** What a screen reader hears: only when the phase changes, never each second. */
export function announceWaiting(view: WaitingView | null): string {
  if (!view) return '';
  const name = providerNames[view.provider];
  switch (view.kind) {
    case 'trying':
      return `Waiting for ${name}: try ${view.attempt} of ${view.maxTries}`;
    case 'backing-off':
      return `${name} asked us to wait before trying again`;
    case 'cancelled':
      return describeWaiting(view);
  }
}
