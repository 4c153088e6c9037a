import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../ui/BackLink.tsx';
import { Breadcrumbs, type Crumb } from '../../ui/Breadcrumbs.tsx';
import { usePageTitle } from '../../ui/use-page-title.ts';
import type { CompareRequest } from './compare-params.ts';
import type { CompareEntry } from './compare-model.ts';
import { CompareView } from './CompareView.tsx';
import { unshownItems } from './unshown-items.ts';

interface ComparePageFrameProps {
  crumbs: Crumb[];
  back: { to: string; label: string };
  request: CompareRequest;
  /** The items found, in the link's order. */
  entries: CompareEntry[];
  /** Ids nothing holds, once everything has loaded; `missingWhere` finishes "is not …" ("in this account"). */
  missing: string[];
  missingWhere: string;
  pending: boolean;
  /** Failed calls, each a panel with its retry: shown above whatever did load. */
  failures?: ReactNode[];
}

/** Every provider's compare page: heading, the way back, why some ids are not shown, and the items side by side. */
export function ComparePageFrame(props: ComparePageFrameProps) {
  const { crumbs, back, request, entries, missing, missingWhere, pending, failures = [] } = props;
  const [, setSearch] = useSearchParams();
  const count = pending ? request.ids.length : entries.length;
  const title = count === 1 ? 'Compare 1 item' : `Compare ${count} items`;
  const notes = unshownItems(request, missing, missingWhere);
  const reference = request.ref ?? entries[0]?.id ?? '';

  usePageTitle(title);

  const setReference = (id: string) =>
    setSearch(
      (search) => {
        search.set('ref', id);
        return search;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <div className="space-y-6">
      <Breadcrumbs crumbs={crumbs} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-50">{title}</h1>
        <BackLink to={back.to}>{back.label}</BackLink>
      </div>
      {notes.length > 0 && (
        <div
          role="note"
          className="space-y-1 rounded-lg border border-amber-500/40 bg-amber-950/40 px-4 py-3 text-sm text-amber-100"
        >
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      {failures}
      {pending ? (
        <div aria-busy="true" aria-label="Loading the items" className="h-64 animate-pulse rounded-lg bg-slate-900" />
      ) : entries.length < 2 ? (
        failures.length === 0 && (
          <p className="rounded-lg border border-dashed border-slate-700 p-6 text-slate-300">
            {entries.length === 1
              ? `Only ${entries[0]!.item.name} is here: choose another item to compare it with.`
              : 'There is nothing to compare: choose two or more items.'}
          </p>
        )
      ) : (
        <CompareView entries={entries} referenceId={reference} onReference={setReference} />
      )}
    </div>
  );
}
