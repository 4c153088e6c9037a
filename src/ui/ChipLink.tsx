import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A small rounded link, as used for a demo account's characters. */
export function ChipLink({ to, label, children }: { to: string; label: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      aria-label={label}
      className="rounded-full border border-slate-700 px-3 py-0.5 text-sm text-slate-300 hover:border-accent hover:text-slate-50"
    >
      {children}
    </Link>
  );
}
