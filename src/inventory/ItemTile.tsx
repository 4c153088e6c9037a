import { memo } from 'react';
import { Icon } from '../ui/Icon.tsx';
import { toggleChosen } from './compare/compare-store.ts';
import type { Item } from './model.ts';
import { countedName, formatNumber, itemLabel } from './item-label.ts';
import { objectivesFraction } from './objective-progress.ts';
import { damageText, tierBorder, tierTint } from './tier-styles.ts';

interface ItemTileProps {
  item: Item;
  href: string;
  /** Rejected by the current search: faded, and said so in its name, but still reachable. */
  dimmed?: boolean;
  /** Choosing items to compare: the compare scope's path; the tile is then a toggle button, not a link. */
  chooseIn?: string;
  chosen?: boolean;
  /** Its name under the picture: for inventories whose pictures alone do not tell items apart (Store box art). */
  captioned?: boolean;
  /** Its picture, or its initial while the grid is flung past it (VirtualTileRows). */
  pictured?: boolean;
}

/**
 * One item, as a link to its page: icon on its tier colour, primary stat or stack count, and its
 * name when captioned (the grid draws its tooltip). While items are chosen for comparison, a
 * button that picks it instead.
 */
export const ItemTile = memo(function ItemTile({
  item,
  href,
  dimmed = false,
  chooseIn,
  chosen = false,
  captioned = false,
  pictured = true,
}: ItemTileProps) {
  // A captioned tile writes a stack's count in its caption, where its accessible name has it too.
  const corner = item.primaryStat
    ? String(item.primaryStat.value)
    : item.quantity > 1 && !captioned
      ? formatNumber(item.quantity)
      : null;
  const named = itemLabel(item, { counted: captioned });
  const label = dimmed ? `${named}, not matching` : named;
  // A rejected tile is veiled rather than made translucent: hundreds of translucent tiles would
  // each need their own compositing on every keystroke.
  const frame = `rounded-md border-2 ${tierBorder[item.tier]} ${tierTint[item.tier]} ${
    item.isEquipped ? 'ring-2 ring-accent ring-offset-2 ring-offset-slate-950' : ''
  }`;
  const className = `relative block shrink-0 rounded-md hover:z-20 hover:-translate-y-0.5 focus-visible:z-20 focus-visible:outline-offset-[5px] ${
    captioned ? 'w-24' : `size-16 ${frame}`
  } ${dimmed ? 'after:absolute after:-inset-[2px] after:z-10 after:rounded-md after:bg-slate-950/75 hover:after:hidden focus-visible:after:hidden' : ''}`;
  const face = captioned ? (
    <>
      <span className={`relative block size-24 ${frame}`}>{tileFace(item, corner, pictured)}</span>
      {/* Two lines at most, so every row keeps the height the virtual rows count on (CAPTIONED_TILE). */}
      <span aria-hidden="true" className="mt-1 line-clamp-2 h-8 text-xs leading-4 break-words text-slate-200">
        {countedName(item)}
      </span>
    </>
  ) : (
    tileFace(item, corner, pictured)
  );
  if (chooseIn !== undefined) {
    const id = item.instanceId;
    return (
      <button
        type="button"
        data-tile=""
        data-key={item.key}
        tabIndex={-1}
        aria-pressed={id ? chosen : undefined}
        aria-disabled={id ? undefined : true}
        aria-label={id ? label : `${label}, cannot be compared`}
        onClick={() => id && toggleChosen(chooseIn, id)}
        className={`${className} ${id ? 'cursor-pointer' : 'cursor-not-allowed opacity-60'}`}
      >
        {face}
        {chosen && (
          <span
            aria-hidden="true"
            className="absolute -bottom-2 -left-2 z-20 grid size-5 place-items-center rounded-full border-2 border-slate-950 bg-sky-300 text-xs font-bold text-slate-950"
          >
            ✓
          </span>
        )}
      </button>
    );
  }
  return (
    // A plain link: the grid turns clicks on it into in-app navigation (useTileNavigation).
    // Reached by Tab only when it is its bucket's stop (use-roving-tiles.ts), by the arrow keys otherwise.
    <a href={href} data-tile="" data-key={item.key} tabIndex={-1} aria-label={label} className={className}>
      {face}
    </a>
  );
});

/** What a tile shows: its icon, damage, marks, lock, objectives' progress and corner number. A call, not a component: a 10,000-item grid pays for every extra component. */
function tileFace(item: Item, corner: string | null, pictured: boolean) {
  return (
    <>
      {item.icon && pictured ? (
        // Keyed by its icon: a recycled tile (see VirtualTileRows) must not show the previous item's
        // image while the next one loads. An <img>, not a CSS background: backgrounds start their
        // loads inside style recalculation, which made the first render of a vault ~80 ms slower.
        <img
          key={item.icon}
          src={item.icon}
          alt=""
          decoding="async"
          className="relative size-full rounded-[4px] object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="relative grid size-full place-items-center text-xl font-bold text-slate-300"
        >
          {item.name.charAt(0)}
        </span>
      )}
      {item.damageType && item.damageType.kind !== 'kinetic' && (
        <span
          aria-hidden="true"
          className={`absolute top-0.5 left-1 text-sm leading-none text-shadow-xs ${damageText[item.damageType.kind]}`}
        >
          ◆
        </span>
      )}
      {item.marks && item.marks.length > 0 && (
        <span aria-hidden="true" className="absolute top-0.5 left-0.5 flex gap-0.5">
          {item.marks.map((mark) => (
            <span
              key={mark.kind}
              className={`rounded-sm p-px ${mark.kind === 'expiring' ? 'bg-amber-400 text-slate-950' : 'bg-slate-950/75 text-slate-100'}`}
            >
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
      {item.objectives && item.objectives.length > 0 && (
        // A quest's or bounty's progress at a glance; the accessible name and the tooltip say it in words.
        <span
          aria-hidden="true"
          className="absolute inset-x-1 bottom-1 h-1 overflow-hidden rounded-full bg-slate-950/85"
        >
          <span
            className={`block h-full ${item.objectives.every((objective) => objective.complete) ? 'bg-emerald-400' : 'bg-amber-300'}`}
            style={{ width: `${Math.round(objectivesFraction(item.objectives) * 100)}%` }}
          />
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
    </>
  );
}
