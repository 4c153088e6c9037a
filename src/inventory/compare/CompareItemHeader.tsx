import { Link } from 'react-router';
import { tierBorder, tierTint } from '../tier-styles.ts';
import type { CompareEntry } from './compare-model.ts';

interface CompareItemHeaderProps {
  entry: CompareEntry;
  /** Its column, counted from 1: two copies of one item differ by it alone. */
  column: number;
  isReference: boolean;
  onReference: () => void;
}

/** A column's head: icon, name (a link to its page), where it is kept, and the control making it the reference. */
export function CompareItemHeader({ entry, column, isReference, onReference }: CompareItemHeaderProps) {
  const { item } = entry;
  return (
    <div className="flex flex-col items-start gap-2 text-left">
      <div className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className={`grid size-10 shrink-0 place-items-center overflow-hidden rounded-md border-2 ${tierBorder[item.tier]} ${tierTint[item.tier]} font-bold text-slate-300`}
        >
          {item.icon ? <img src={item.icon} alt="" className="size-full object-cover" /> : item.name.charAt(0)}
        </span>
        <span className="min-w-0">
          {entry.href ? (
            <Link to={entry.href} className="block font-semibold text-slate-50 underline-offset-2 hover:underline">
              {item.name}
            </Link>
          ) : (
            <span className="block font-semibold text-slate-50">{item.name}</span>
          )}
          <span className="block text-xs font-normal text-slate-400">{entry.location}</span>
        </span>
      </div>
      <button
        type="button"
        aria-pressed={isReference}
        onClick={onReference}
        className={`rounded-md border px-2 py-0.5 text-xs font-semibold ${
          isReference ? 'border-accent bg-accent text-slate-950' : 'border-slate-600 text-slate-200 hover:bg-slate-800'
        }`}
      >
        {isReference ? 'Reference' : 'Use as reference'}
        <span className="sr-only">
          : {item.name}, column {column}
        </span>
      </button>
    </div>
  );
}
