import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Entitlement } from './adapt-inventory.ts';
import { typeInfo } from './adapt-inventory.ts';
import { xboxPaths } from './paths.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function formatDate(value: string | null): string {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? 'Unknown' : `${dateFormat.format(time)} UTC`;
}

function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
}

interface EntitlementFactsProps {
  entitlement: Entitlement;
  /** Item ids of the containers found in the inventory, by product id. */
  containerItems: Map<string, string>;
  /** The Store's titles of those containers, by product id (upper case), where it named them. */
  containerTitles?: ReadonlyMap<string, string>;
}

/** What Xbox Live says about one entitlement, as a description list. */
export function EntitlementFacts({ entitlement, containerItems, containerTitles }: EntitlementFactsProps) {
  const facts: [string, ReactNode][] = [
    ['Type', `${typeInfo(entitlement.itemType).name} (${entitlement.itemType})`],
    ['Product id', <code key="p">{entitlement.productId}</code>],
    ['Title id', entitlement.titleId ?? 'None'],
    ['State', entitlement.state],
    ['Obtained', formatDate(entitlement.obtained)],
    ['Begins', formatDate(entitlement.beginDate)],
    ['Ends', entitlement.neverExpires ? 'Never expires' : formatDate(entitlement.endDate)],
  ];
  if (entitlement.trial) {
    facts.push([
      'Trial',
      entitlement.trialSecondsRemaining === null
        ? 'Yes'
        : `${formatDuration(entitlement.trialSecondsRemaining)} remaining`,
    ]);
  }
  if (entitlement.quantity !== null) facts.push(['Quantity', entitlement.quantity.toLocaleString('en-US')]);
  const containers = entitlement.containers.filter((id) => id !== entitlement.productId);
  if (containers.length) {
    facts.push([
      'Belongs to',
      <ul key="c" className="space-y-1">
        {containers.map((id) => {
          const itemId = containerItems.get(id);
          const title = containerTitles?.get(id.toUpperCase());
          const name = title ? (
            <>
              {title} <span className="font-mono text-slate-300">({id})</span>
            </>
          ) : (
            <span className="font-mono">{id}</span>
          );
          return (
            <li key={id}>
              {itemId ? (
                <Link to={xboxPaths.item(itemId)} className="text-accent underline">
                  {name}
                </Link>
              ) : (
                name
              )}
            </li>
          );
        })}
      </ul>,
    ]);
  }
  return (
    <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-800 bg-slate-900/60 p-4 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-400">{term}</dt>
          <dd className="text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
