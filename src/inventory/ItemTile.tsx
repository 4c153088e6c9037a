import { memo } from 'react';
import { Icon } from '../ui/Icon.tsx';
import type { Item } from './model.ts';
import { formatNumber, itemLabel } from './item-label.ts';
import { damageText, tierBorder, tierTint } from './tier-styles.ts';

interface ItemTileProps {
  item: Item;
  href: string;
  /** Rejected by the current search: faded, and said so in its name, but still reachable. */
  dimmed?: boolean;
}

/** One item, as a link to its page: icon on its tier colour, primary stat or stack count, a tooltip on hover and focus. */
export const ItemTile = memo(function ItemTile({ item, href, dimmed = false }: ItemTileProps) {
  const corner = item.primaryStat ? String(item.primaryStat.value) : item.quantity > 1 ? formatNumber(item.quantity) : null;
  return (
    // A plain link: the grid turns clicks on it into in-app navigation (useTileNavigation).
    <a
      href={href}
      data-tile=""
      aria-label={dimmed ? `${itemLabel(item)}, not matching` : itemLabel(item)}
      className={`group relative block size-16 shrink-0 rounded-md border-2 ${tierBorder[item.tier]} bg-slate-800 ${tierTint[item.tier]} hover:z-20 hover:-translate-y-0.5 focus-visible:z-20 ${
        item.isEquipped ? 'ring-2 ring-accent ring-offset-2 ring-offset-slate-950' : ''
      } ${dimmed ? 'opacity-25 hover:opacity-100 focus-visible:opacity-100' : ''}`}
    >
      {item.icon ? (
        <img src={item.icon} alt="" decoding="async" className="relative size-full rounded-[4px] object-cover" />
      ) : (
        <span aria-hidden="true" className="relative grid size-full place-items-center text-xl font-bold text-slate-300">
          {item.name.charAt(0)}
        </span>
      )}
      {item.damageType && item.damageType.kind !== 'kinetic' && (
        <span aria-hidden="true" className={`absolute top-0.5 left-1 text-sm leading-none drop-shadow ${damageText[item.damageType.kind]}`}>
          ◆
        </span>
      )}
      {item.marks && item.marks.length > 0 && (
        <span aria-hidden="true" className="absolute top-0.5 left-0.5 flex gap-0.5">
          {item.marks.map((mark) => (
            <span key={mark.kind} className={`rounded-sm p-px ${mark.kind === 'expiring' ? 'bg-amber-400 text-slate-950' : 'bg-slate-950/75 text-slate-100'}`}>
              <Icon name={mark.kind === 'expiring' ? 'clock' : 'box'} className="size-2.5" />
            </span>
          ))}
        </span>
      )}
      {item.locked && (
        <span className="absolute top-0.5 right-0.5 rounded-sm bg-slate-950/70 p-px text-slate-100">
          <Icon name="lock" className="size-2.5" />
        </span>
      )}
      {corner && (
        <span
          aria-hidden="true"
          className={`absolute right-0 bottom-0 rounded-tl-md rounded-br-[3px] bg-slate-950/85 px-1 text-[11px] font-semibold tabular-nums ${
            item.damageType ? damageText[item.damageType.kind] : 'text-slate-100'
          }`}
        >
          {corner}
        </span>
      )}
      <span
        role="tooltip"
        className="pointer-events-none absolute bottom-full left-1/2 z-30 mb-2 hidden w-max max-w-56 -translate-x-1/2 rounded-md border border-slate-600 bg-slate-900 px-3 py-2 text-left shadow-xl group-hover:block group-focus-visible:block"
      >
        <span className="block text-sm font-semibold text-slate-50">{item.name}</span>
        <span className="block text-xs text-slate-400">{[item.tierName, item.typeName].filter(Boolean).join(' · ')}</span>
        {item.isEquipped && <span className="mt-1 block text-xs font-medium text-accent">Equipped</span>}
        {item.marks?.map((mark) => (
          <span key={mark.kind} className="mt-1 block text-xs font-medium text-amber-300">
            {mark.label}
          </span>
        ))}
      </span>
    </a>
  );
});
