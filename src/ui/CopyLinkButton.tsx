import { useEffect, useState } from 'react';

/** Copies the address of what is on screen: every view is a share link. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () =>
    navigator.clipboard.writeText(window.location.href).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <button type="button" onClick={copy} className="rounded-md border border-slate-600 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800">
      <span aria-live="polite">{state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the address bar' : 'Copy link'}</span>
    </button>
  );
}
