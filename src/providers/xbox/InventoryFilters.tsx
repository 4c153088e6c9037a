import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { filterNames, type XboxFilters } from './filters.ts';
import { FoldOnPhone } from '../../ui/FoldOnPhone.tsx';
import { xboxPaths } from './paths.ts';

const availabilities = [
  ['', 'Available now'],
  ['All', 'All'],
  ['Unavailable', 'Unavailable'],
];
const states = [
  ['', 'Any state'],
  ['Enabled', 'Enabled'],
  ['Suspended', 'Suspended'],
  ['Expired', 'Expired'],
  ['Cancelled', 'Cancelled'],
  ['Renewed', 'Renewed'],
];
const itemTypes = [
  ['', 'Any type'],
  ['GameV2', 'Games'],
  ['GameContent', 'Add-ons'],
  ['GameConsumable', 'Consumables'],
  ['Subscription', 'Subscriptions'],
];

const field = 'rounded-md border border-slate-600 bg-slate-900 px-2 py-1.5 text-sm text-slate-100';

function Select({ name, label, options, value }: { name: string; label: string; options: string[][]; value?: string }) {
  return (
    <label className="flex flex-col gap-1 text-xs text-slate-400">
      {label}
      <select
        name={name}
        defaultValue={value ?? ''}
        className={field}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filters as controls; applying one navigates, so the filtered view is a link. */
export function InventoryFilters({ filters }: { filters: XboxFilters }) {
  const navigate = useNavigate();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: XboxFilters = {};
    for (const name of filterNames) next[name] = String(data.get(name) ?? '').trim() || undefined;
    // Xbox Live refuses the two together; the item type, chosen last or kept, wins.
    if (next.itemType) next.expandSatisfyingEntitlements = undefined;
    navigate(xboxPaths.inventory(next));
  };
  const expandBlocked = !!filters.itemType;
  return (
    <FoldOnPhone name="filters" summary={<span className="font-semibold">Filters</span>}>
      <form
        aria-label="Filters"
        key={JSON.stringify(filters)}
        onSubmit={onSubmit}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-800 bg-slate-900/60 p-3"
      >
        <Select name="availability" label="Availability" options={availabilities} value={filters.availability} />
        <Select name="state" label="State" options={states} value={filters.state} />
        <Select name="itemType" label="Item type" options={itemTypes} value={filters.itemType} />
        <label className="flex flex-col gap-1 text-xs text-slate-400">
          Game (product id)
          <input name="container" defaultValue={filters.container} className={`${field} w-36`} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-slate-400">
          Product ids (comma-separated)
          <input name="productIds" defaultValue={filters.productIds} className={`${field} w-52`} />
        </label>
        <label className="flex min-h-6 items-center gap-2 self-center text-sm text-slate-200">
          <input
            type="checkbox"
            className="size-5"
            name="expandSatisfyingEntitlements"
            value="true"
            disabled={expandBlocked}
            defaultChecked={!expandBlocked && filters.expandSatisfyingEntitlements === 'true'}
            aria-describedby={expandBlocked ? 'expand-blocked' : undefined}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
          />
          Include bundle and subscription contents
        </label>
        {expandBlocked && (
          <p id="expand-blocked" className="basis-full text-xs text-slate-400">
            Bundle and subscription contents can only be included for all item types: Xbox Live refuses them with one.
          </p>
        )}
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-slate-950">
          Apply
        </button>
      </form>
    </FoldOnPhone>
  );
}
