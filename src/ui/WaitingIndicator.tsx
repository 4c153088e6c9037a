import { useEffect, useRef } from 'react';
import { Icon } from './Icon.tsx';
import { useWaitingCalls } from './use-waiting-calls.ts';
import { announceWaiting, describeWaiting } from './waiting-calls.ts';

const button =
  'shrink-0 rounded-md border border-slate-500 px-3 py-1 text-sm font-semibold text-slate-100 hover:bg-slate-800';

/**
 * What a slow, retried or cancelled call of the page is doing, in words, with Cancel while it
 * waits and Try again once cancelled: one line for every provider's pages, above the page.
 */
export function WaitingIndicator() {
  const { view, cancel, retry } = useWaitingCalls();
  const focusTryAgain = useRef(false);
  const tryAgain = useRef<HTMLButtonElement>(null);

  // The Cancel button is gone once pressed: Try again takes its place, and the keyboard's focus with it.
  useEffect(() => {
    if (view?.kind !== 'cancelled' || !focusTryAgain.current) return;
    focusTryAgain.current = false;
    tryAgain.current?.focus();
  }, [view?.kind]);

  return (
    <>
      {/* Always in the page, so that what changes is announced; no role, so pages keep their own status. */}
      <p aria-live="polite" className="sr-only">
        {announceWaiting(view)}
      </p>
      {view?.kind === 'cancelled' && (
        <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-700 bg-slate-900 px-4 py-3 text-sm text-slate-200">
          <p className="min-w-0 flex-1">{describeWaiting(view)}</p>
          <button
            ref={tryAgain}
            type="button"
            onClick={() => {
              // This button goes as the page loads again: the page, not the document's body, keeps the focus.
              tryAgain.current?.closest('main')?.focus();
              retry();
            }}
            className={button}
          >
            Try again
          </button>
        </div>
      )}
      {view && view.kind !== 'cancelled' && (
        <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-700 bg-slate-900 px-4 py-2 text-sm text-slate-200">
          <Icon name="hourglass" className="size-4 shrink-0 animate-pulse text-accent" />
          <p className="min-w-0 flex-1 tabular-nums">{describeWaiting(view)}</p>
          <button
            type="button"
            onClick={() => {
              focusTryAgain.current = true;
              cancel();
            }}
            className={button}
          >
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
