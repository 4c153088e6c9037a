import type { Perk } from './model.ts';

/** The item's perks: icon, name, description, and whether each is active. */
export function PerkList({ perks }: { perks: readonly Perk[] }) {
  return (
    <ul aria-label="Perks" className="space-y-3">
      {perks.map((perk) => (
        // An inactive perk is dimmed by its icon and name only: dimming its text as a whole would fail contrast.
        <li key={perk.id} className="flex gap-3">
          {perk.icon ? (
            <img
              src={perk.icon}
              alt=""
              className={`size-10 shrink-0 rounded-full border border-slate-600 bg-slate-800 ${perk.active ? '' : 'opacity-50'}`}
            />
          ) : (
            <span aria-hidden="true" className="size-10 shrink-0 rounded-full border border-slate-600 bg-slate-800" />
          )}
          <div className="min-w-0">
            <p className={`font-semibold ${perk.active ? 'text-slate-100' : 'text-slate-300'}`}>
              {perk.name}
              <span
                className={`ml-2 rounded px-1.5 py-0.5 text-xs font-medium ${perk.active ? 'bg-emerald-900/60 text-emerald-200' : 'bg-slate-800 text-slate-400'}`}
              >
                {perk.active ? 'Active' : 'Inactive'}
              </span>
            </p>
            {perk.description && <p className="text-sm text-slate-400">{perk.description}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
