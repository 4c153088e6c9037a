import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A way back (to the account, the inventory, the start page), styled as a secondary button. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="rounded-md border border-slate-600 px-4 py-2 text-sm font-semibold text-slate-100 hover:bg-slate-800"
    >
      {children}
    </Link>
  );
}
