import { useState } from 'react';

/** Copies the address of the current view: every view is a share link. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      // Clipboard access needs a secure context and permission; the address bar still works.
      setStatus('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-600 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800"
      >
        Copy link
      </button>
      <span aria-live="polite" className="text-xs text-slate-400">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy the address bar instead' : ''}
      </span>
    </span>
  );
}
