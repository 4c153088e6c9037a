import { useState, type ReactNode } from 'react';
import { openedOnFirstScreen } from '../first-screen/first-screen-hand-off.ts';

/** Tailwind's `sm`: narrower than this is a phone. */
const WIDE = '(min-width: 640px)';

/**
 * Whether the screen is wider than a phone as the page opens. jsdom, which has no media queries,
 * counts as wide, and so does the server's first screen of a deep link, which knows no screen.
 */
function isWideScreen(): boolean {
  return typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches;
}

/**
 * A panel that would fill a phone's first screen (currencies, filters): open on wider screens,
 * folded behind its summary on a phone, so the items come first. Either way one tap toggles it.
 * `name` tells it from the page's other panels.
 */
export function FoldOnPhone({ name, summary, children }: { name: string; summary: ReactNode; children: ReactNode }) {
  // Chosen once, as the page opens: turning the phone afterwards leaves it as the person left it.
  const [open] = useState(() => openedOnFirstScreen(name) ?? isWideScreen());
  return (
    // Marked for the server's first screen, which a phone's browser folds (first-screen-boot.js).
    <details open={open} data-fold-on-phone={name} className="group">
      <summary className="flex min-h-11 w-fit cursor-pointer items-center gap-2 rounded-md pr-2 text-sm text-slate-300 hover:text-slate-50 sm:min-h-8">
        <span aria-hidden="true" className="text-xs text-slate-400 transition-transform group-open:rotate-90">
          ▶
        </span>
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
