import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { ItemHeadingRow } from '../ui/ItemHeadingRow.tsx';
import { ItemFacts } from './ItemFacts.tsx';
import type { ItemDetail } from './model.ts';
import { damageText, tierBorder, tierText, tierWash } from './tier-styles.ts';

interface ItemHeaderProps {
  detail: ItemDetail;
  /** Buttons at the top right (copy link, share). */
  actions?: ReactNode;
}

/** The item's name as the page heading, on its tier colour, with what it is and what it takes to use. */
export function ItemHeader({ detail, actions }: ItemHeaderProps) {
  const { item } = detail;
  const kind = [item.tierName, item.typeName].filter(Boolean).join(' · ');
  const hasStatus = item.isEquipped || item.locked || detail.notes.length > 0;
  return (
    <header
      className={`rounded-xl border border-slate-800 bg-linear-to-r ${tierWash[item.tier]} via-slate-900 to-slate-900 p-5 sm:p-6`}
    >
      <ItemHeadingRow
        actions={actions}
        icon={
          <div
            className={`size-24 shrink-0 overflow-hidden rounded-lg border-2 ${tierBorder[item.tier]} bg-slate-800 shadow-lg`}
          >
            {item.icon ? (
              <img src={item.icon} alt="" className="size-full object-cover" />
            ) : (
              <span aria-hidden="true" className="grid size-full place-items-center text-3xl font-bold text-slate-300">
                {item.name.charAt(0)}
              </span>
            )}
          </div>
        }
      >
        {kind && <p className={`text-sm font-semibold tracking-wide uppercase ${tierText[item.tier]}`}>{kind}</p>}
        <h1 className="text-3xl font-bold tracking-tight text-slate-50">{item.name}</h1>
        {item.primaryStat && (
          <p className="flex items-baseline gap-2">
            <span
              className={`text-4xl font-bold tabular-nums ${item.damageType ? damageText[item.damageType.kind] : 'text-slate-50'}`}
            >
              {item.primaryStat.value}
            </span>
            <span className="text-sm font-medium text-slate-300 uppercase">{item.primaryStat.name}</span>
            {item.damageType && (
              <span className={`flex items-center gap-1 text-sm font-semibold ${damageText[item.damageType.kind]}`}>
                {item.damageType.icon && <img src={item.damageType.icon} alt="" className="size-4" />}
                {item.damageType.name}
              </span>
            )}
          </p>
        )}
        {hasStatus && (
          <ul aria-label="Status" className="flex flex-wrap gap-2 pt-1 text-xs font-medium">
            {item.isEquipped && <li className="rounded-full bg-accent px-2.5 py-0.5 text-slate-950">Equipped</li>}
            {item.locked && (
              <li className="flex items-center gap-1 rounded-full bg-slate-700 px-2.5 py-0.5 text-slate-100">
                <Icon name="lock" className="size-3" /> Locked
              </li>
            )}
            {detail.notes.map((note) => (
              <li key={note} className="rounded-full border border-slate-600 px-2.5 py-0.5 text-slate-300">
                {note}
              </li>
            ))}
          </ul>
        )}
      </ItemHeadingRow>
      {item.description && <p className="mt-4 max-w-3xl text-slate-300 italic">{item.description}</p>}
      <ItemFacts detail={detail} />
    </header>
  );
}
