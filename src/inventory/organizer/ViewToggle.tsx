import { Link, useLocation, useSearchParams } from 'react-router';
import { withParam } from '../search/with-param.ts';
import type { InventoryView } from './use-organizer-params.ts';

const views: [InventoryView, string][] = [
  ['grid', 'Grid'],
  ['organizer', 'Organizer'],
];

/** Grid | Organizer: links that change `?view=` and keep the rest of the query (search, sort). */
export function ViewToggle({ current }: { current: InventoryView }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  return (
    <nav aria-label="View" className="flex w-fit rounded-md border border-slate-700 text-sm">
      {views.map(([view, label]) => {
        const search = withParam(params, 'view', view === 'grid' ? null : view).toString();
        const active = view === current;
        return (
          <Link
            key={view}
            to={search ? `${pathname}?${search}` : pathname}
            preventScrollReset
            aria-current={active ? 'page' : undefined}
            className={`px-3 py-1.5 first:rounded-l-md last:rounded-r-md ${
              active ? 'bg-slate-700 font-semibold text-slate-50' : 'text-slate-300 hover:bg-slate-800'
            }`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
