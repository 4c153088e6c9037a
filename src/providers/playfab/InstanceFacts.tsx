import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../inventory/item-label.ts';
import { describeAge } from '../../ui/DataAge.tsx';
import type { PlayFabItem, RelatedItem } from './adapt-inventory.ts';

const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const absolute = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : `${dates.format(new Date(iso))} UTC`);

interface InstanceFactsProps {
  item: PlayFabItem;
  /** When the data was fetched: expiry is said relative to it. */
  now: number;
  hrefFor: (instanceId: string) => string;
}

function Related({ related, hrefFor }: { related: RelatedItem; hrefFor: InstanceFactsProps['hrefFor'] }) {
  if (!related.instanceId) return <span title="Not in this inventory">{related.name}</span>;
  return (
    <Link to={hrefFor(related.instanceId)} className="text-accent hover:underline">
      {related.name}
    </Link>
  );
}

/** What PlayFab knows about one instance: class, acquisition, expiry, uses, custom data and bundle links. */
export function InstanceFacts({ item, now, hrefFor }: InstanceFactsProps) {
  const rows: [string, ReactNode][] = [
    ['Class', item.itemClass || '—'],
    ['Catalog version', item.catalogVersion || '—'],
    [
      'Acquired',
      <>
        {item.acquiredAt ? absolute(item.acquiredAt) : 'Date unknown'}
        {' · '}
        {item.purchase ? `Purchased for ${formatNumber(item.purchase.price)} ${item.purchase.currency}` : 'Granted'}
        {item.annotation && <span className="block text-slate-400">“{item.annotation}”</span>}
      </>,
    ],
    [
      'Expires',
      item.expiresAt ? `${describeAge(Date.parse(item.expiresAt), now)} (${absolute(item.expiresAt)})` : 'Never',
    ],
  ];
  if (item.usesLeft !== null) rows.push(['Uses left', formatNumber(item.usesLeft)]);
  if (item.bundleParent) rows.push(['From bundle', <Related related={item.bundleParent} hrefFor={hrefFor} />]);
  if (item.bundleContents.length > 0) {
    rows.push([
      'Bundle contents',
      <ul className="space-y-0.5">
        {item.bundleContents.map((related, index) => (
          // A bundle may hold the same item more than once.
          <li key={`${index}-${related.itemId}`}>
            <Related related={related} hrefFor={hrefFor} />
          </li>
        ))}
      </ul>,
    ]);
  }
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-800 bg-slate-900/60 p-4 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-400">{label}</dt>
            <dd className="text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      {item.customData.length > 0 && (
        <table className="w-full max-w-xl text-left text-sm">
          <caption className="mb-2 text-left text-sm font-semibold tracking-wide text-slate-400 uppercase">
            Custom data
          </caption>
          <thead>
            <tr className="border-b border-slate-700 text-slate-400">
              <th scope="col" className="py-1 pr-4 font-medium">
                Key
              </th>
              <th scope="col" className="py-1 font-medium">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {item.customData.map(([key, value]) => (
              <tr key={key} className="border-b border-slate-800">
                <th scope="row" className="py-1 pr-4 font-mono font-normal text-slate-300">
                  {key}
                </th>
                <td className="py-1 font-mono break-all text-slate-100">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
