import { useId, useState } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import type { TalentNode } from './talent-grid.ts';

interface TalentNodeButtonProps {
  node: TalentNode;
  chosen: boolean;
  onChoose: (node: TalentNode) => void;
}

export const nodeStateNames = { active: 'Active', available: 'Can be activated', locked: 'Locked' } as const;

const frames = {
  active: 'border-accent bg-slate-700 shadow-[0_0_12px_rgba(245,197,66,0.35)]',
  available: 'border-emerald-400/70 border-dashed bg-slate-800',
  locked: 'border-slate-700 bg-slate-900',
};

/** One talent node: its icon framed by state, XP towards it below, name and description on hover and focus. */
export function TalentNodeButton({ node, chosen, onChoose }: TalentNodeButtonProps) {
  const tooltipId = useId();
  // Escape hides the tooltip until the pointer leaves or focus moves (WCAG 1.4.13).
  const [dismissed, setDismissed] = useState(false);
  const showProgress = node.state !== 'active' && node.progress !== undefined;
  // The tooltip sits beside the button, not in it: inside, its text would be part of the button's
  // visible label without being in its spoken name. Hidden, it takes no room, so the grid scrolls
  // only for its nodes.
  return (
    <div className="group relative">
      <button
        type="button"
        aria-label={`${node.name}, ${nodeStateNames[node.state]}`}
        aria-pressed={chosen}
        aria-describedby={tooltipId}
        data-state={node.state}
        onClick={() => onChoose(node)}
        onKeyDown={(event) => event.key === 'Escape' && setDismissed(true)}
        onMouseLeave={() => setDismissed(false)}
        onBlur={() => setDismissed(false)}
        className={`relative size-11 rounded-full border-2 sm:size-14 transition ${frames[node.state]} ${
          chosen ? 'ring-2 ring-slate-50 ring-offset-2 ring-offset-slate-900' : 'hover:brightness-125'
        }`}
      >
        {node.icon ? (
          <img
            src={node.icon}
            alt=""
            className={`size-full rounded-full object-cover ${node.state === 'locked' ? 'opacity-35 grayscale' : node.state === 'available' ? 'opacity-75' : ''}`}
          />
        ) : (
          <span aria-hidden="true" className="text-lg font-bold text-slate-300">
            {node.name.charAt(0)}
          </span>
        )}
        {node.state === 'locked' && (
          <span className="absolute -top-1 -right-1 rounded-full bg-slate-950 p-0.5 text-slate-300">
            <Icon name="lock" className="size-3" />
          </span>
        )}
        {showProgress && (
          <span
            aria-hidden="true"
            className="absolute inset-x-1 -bottom-2.5 h-1 overflow-hidden rounded-full bg-slate-700"
          >
            <span
              className={`block h-full ${node.progress! >= 1 ? 'bg-emerald-400' : 'bg-sky-400'}`}
              style={{ width: `${Math.round(node.progress! * 100)}%` }}
            />
          </span>
        )}
      </button>
      <span
        id={tooltipId}
        role="tooltip"
        className={`pointer-events-none absolute bottom-full left-1/2 z-30 mb-3 hidden w-64 -translate-x-1/2 rounded-md border border-slate-600 bg-slate-950 px-3 py-2 text-left shadow-xl ${dismissed ? '' : 'group-hover:block group-has-[:focus-visible]:block'}`}
      >
        <span className="block text-sm font-semibold text-slate-50">{node.name}</span>
        {node.description && <span className="block text-xs text-slate-300">{node.description}</span>}
        <span className="mt-1 block text-xs text-slate-400">
          {node.state === 'locked'
            ? `Needs item level ${node.requiredLevel}${node.progress !== undefined ? ` · ${Math.round(node.progress * 100)}% of the XP` : ''}`
            : nodeStateNames[node.state]}
        </span>
      </span>
    </div>
  );
}
