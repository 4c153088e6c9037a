import { Link } from 'react-router';

interface CatalogFilterProps {
  versions: string[];
  current: string | null;
  /** The same page with `?catalog=` set, or cleared for null. */
  hrefFor: (version: string | null) => string;
}

/** Catalog versions as links, so a filtered inventory is a share link too. */
export function CatalogFilter({ versions, current, hrefFor }: CatalogFilterProps) {
  const options: [string | null, string][] = [
    [null, 'All catalogs'],
    ...versions.map((version): [string, string] => [version, version]),
  ];
  return (
    <nav aria-label="Catalog version" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-400">Catalog version:</span>
      {options.map(([version, label]) => {
        const active = version === current;
        return (
          <Link
            key={label}
            to={hrefFor(version)}
            aria-current={active ? 'page' : undefined}
            className={`rounded-full border px-3 py-0.5 ${active ? 'border-accent bg-accent/15 text-slate-50' : 'border-slate-700 text-slate-300 hover:border-slate-500'}`}
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
