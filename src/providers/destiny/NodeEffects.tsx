import { formatDelta } from '../../inventory/stat-deltas.ts';
import { nodeStatChanges, replacesText, type NodeStat, type TalentGrid, type TalentNode } from './talent-grid.ts';
import { nodeStateNames } from './TalentNodeButton.tsx';

interface NodeEffectsProps {
  grid: TalentGrid;
  node: TalentNode;
  onClear: () => void;
}

function StatEffects({ title, stats }: { title: string; stats: NodeStat[] }) {
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-400 uppercase">{title}</h4>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {stats.map((stat) => (
          <li key={stat.statId} className="text-slate-200">
            {stat.name}{' '}
            <span className={`font-semibold tabular-nums ${stat.value < 0 ? 'text-rose-300' : 'text-emerald-300'}`}>
              {formatDelta(stat.value)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The chosen node in words: what it does and, from statsOnNodes, the stats it gives while active
 * or the change activating it would make, net of the node it replaces (the figure Stats shows).
 */
export function NodeEffects({ grid, node, onClear }: NodeEffectsProps) {
  const active = node.state === 'active';
  const changes = active ? [] : nodeStatChanges(grid, node);
  const replaces = replacesText(grid, node);
  const none = active ? node.currentStats.length === 0 : changes.length === 0;
  return (
    <section
      aria-label={`Chosen node: ${node.name}`}
      aria-live="polite"
      className="space-y-3 rounded-lg border border-slate-700 bg-slate-900 p-4"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold text-slate-50">{node.name}</h3>
          <p className="text-xs text-slate-400">
            {nodeStateNames[node.state]}
            {node.state === 'locked' && ` · needs item level ${node.requiredLevel}`}
          </p>
        </div>
        <button
          type="button"
          onClick={onClear}
          className="rounded-md border border-slate-600 px-2.5 py-1 text-xs font-semibold text-slate-200 hover:bg-slate-800"
        >
          Clear
        </button>
      </div>
      {node.description && <p className="text-sm text-slate-300">{node.description}</p>}
      {active && node.currentStats.length > 0 && <StatEffects title="While active" stats={node.currentStats} />}
      {changes.length > 0 && (
        <StatEffects title={replaces ? `If activated (${replaces})` : 'If activated'} stats={changes} />
      )}
      {none && <p className="text-sm text-slate-400">This node does not change the item's stats.</p>}
    </section>
  );
}
