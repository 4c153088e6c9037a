import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface DemoAccountCardProps {
  name: string;
  to: string;
  /** Beside the name: platform, id, size. */
  details: ReactNode;
  /** The account's characters, as chips. */
  children: ReactNode;
}

/** One demo account on the start page: its name as a link, a few details, and its characters. */
export function DemoAccountCard({ name, to, details, children }: DemoAccountCardProps) {
  return (
    <li className="rounded-lg border border-slate-800 bg-slate-900 p-3">
      <Link to={to} className="inline-flex min-h-6 items-center font-semibold text-slate-50 hover:text-accent">
        {name}
      </Link>
      {details}
      <div className="mt-2 flex flex-wrap gap-2">{children}</div>
    </li>
  );
}
