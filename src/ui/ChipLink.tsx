import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A small rounded link, as used for a demo account's characters. Whose it is (`owner`) is added for
 * screen readers after what it shows, so the spoken name still begins with the visible one.
 */
export function ChipLink({ to, owner, children }: { to: string; owner: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="rounded-full border border-slate-700 px-3 py-0.5 text-sm text-slate-300 hover:border-accent hover:text-slate-50"
    >
      {children} <span className="sr-only">of {owner}</span>
    </Link>
  );
}
