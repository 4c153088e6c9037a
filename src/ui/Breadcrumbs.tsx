import { Fragment } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Absent on the current page, which is not a link. */
  to?: string;
}

/** Where this page sits: Start / account / character …, each step a link back. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-400">
      {crumbs.map((crumb, index) => (
        <Fragment key={index}>
          {index > 0 && <span aria-hidden="true"> / </span>}
          {crumb.to ? (
            <Link to={crumb.to} className="inline-flex min-h-6 items-center hover:text-slate-200">
              {crumb.label}
            </Link>
          ) : (
            <span aria-current="page">{crumb.label}</span>
          )}
        </Fragment>
      ))}
    </nav>
  );
}
