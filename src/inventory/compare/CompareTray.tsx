import { Link } from 'react-router';
import { compareHref, MAX_COMPARED } from './compare-params.ts';
import { clearChosen } from './compare-store.ts';

interface CompareTrayProps {
  /** The compare page's path of the scope the items were chosen in. */
  scope: string;
  ids: readonly string[];
}

/** Fixed at the bottom while items are chosen: how many, a link to compare them, and Clear. */
export function CompareTray({ scope, ids }: CompareTrayProps) {
  const count = ids.length;
  return (
    <section
      aria-label="Compare tray"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-700 bg-slate-950/95 backdrop-blur"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <p role="status" className="text-sm text-slate-200">
          {count === 1 ? '1 item chosen' : `${count} items chosen`}
          {count === 1 && <span className="text-slate-400"> · choose one more to compare</span>}
          {count >= MAX_COMPARED && <span className="text-slate-400"> · {MAX_COMPARED} at most</span>}
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => clearChosen(scope)}
            className="rounded-md border border-slate-600 px-3 py-1.5 text-sm font-semibold text-slate-100 hover:bg-slate-800"
          >
            Clear
          </button>
          {count >= 2 && (
            <Link
              to={compareHref(scope, ids)}
              className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-slate-950 hover:brightness-110"
            >
              Compare
            </Link>
          )}
        </div>
      </div>
    </section>
  );
}
