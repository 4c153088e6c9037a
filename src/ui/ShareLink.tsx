import { useEffect, useState } from 'react';

interface ShareLinkProps {
  /** What the system share sheet calls the link. */
  title: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

const CONFIRMATION_MS = 2500;
const button =
  'whitespace-nowrap rounded-md border border-slate-600 bg-slate-900/70 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800';

/** Copies the page's URL (the share link) and confirms it aloud; offers the share sheet where the browser has one. */
export function ShareLink({ title }: ShareLinkProps) {
  const [state, setState] = useState<CopyState>('idle');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  const share = () => {
    // Dismissing the sheet rejects; nothing to report.
    navigator.share({ title, url: window.location.href }).catch(() => {});
  };

  return (
    // The confirmation hangs below the buttons, so it lines them up with their neighbours and moves nothing when it shows.
    <div className="relative">
      <div className="flex gap-2">
        <button type="button" onClick={copy} className={button}>
          Copy link
        </button>
        {canShare && (
          <button type="button" onClick={share} className={button}>
            Share…
          </button>
        )}
      </div>
      <p
        aria-live="polite"
        className="absolute top-full right-0 mt-1 text-xs font-medium whitespace-nowrap text-emerald-300"
      >
        {state === 'copied' && 'Link copied'}
        {state === 'failed' && <span className="text-amber-300">Copying failed: copy the address bar instead</span>}
      </p>
    </div>
  );
}
