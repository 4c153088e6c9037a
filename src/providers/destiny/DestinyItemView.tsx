import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ItemHeader } from '../../inventory/ItemHeader.tsx';
import type { Item } from '../../inventory/model.ts';
import { ObjectiveList } from '../../inventory/ObjectiveList.tsx';
import { PerkList } from '../../inventory/PerkList.tsx';
import { applyDeltas, compareStats } from '../../inventory/stat-deltas.ts';
import { StatList } from '../../inventory/StatList.tsx';
import type { DestinyItemDetail } from './adapt-item-detail.ts';
import { MissingDefinitionsNotice } from './MissingDefinitionsNotice.tsx';
import { NodeEffects } from './NodeEffects.tsx';
import { NotSentNote } from './NotSentNote.tsx';
import { nodeStatDeltas, replacesText, type TalentNode } from './talent-grid.ts';
import { TalentGridView } from './TalentGridView.tsx';
import { useChosenNode } from './use-chosen-node.ts';

interface DestinyItemViewProps {
  page: DestinyItemDetail;
  /** The item equipped in the same bucket on the same character, to compare with; null for none. */
  equipped: Item | null;
  equippedHref: (item: Item) => string;
  actions: ReactNode;
}

const panel = 'space-y-4 rounded-xl border border-slate-800 bg-slate-900/60 p-5';
const heading = 'text-sm font-semibold tracking-wide text-slate-400 uppercase';

/** The item page's body: header, stats with deltas, talent grid and perks; panels without content are left out. */
export function DestinyItemView({ page, equipped, equippedHref, actions }: DestinyItemViewProps) {
  const { detail, grid, nodesNotSent, statsNotSent } = page;
  const [chosen, setChosen] = useChosenNode(grid);
  // Never compare an item with itself.
  const other = equipped && equipped.key !== detail.item.key && !detail.item.isEquipped ? equipped : null;
  const changes = useMemo(
    () =>
      grid && chosen
        ? applyDeltas(detail.stats, nodeStatDeltas(grid, chosen))
        : other
          ? compareStats(detail.stats, other.stats)
          : new Map(),
    [grid, chosen, other, detail.stats],
  );
  const choose = (node: TalentNode) => setChosen(chosen?.index === node.index ? null : node);
  const shown = detail.stats.filter((stat) => !stat.hidden);
  const hidden = detail.stats.filter((stat) => stat.hidden);
  // A panel stays when the instance left everything out: the note says so.
  const hasStats = detail.stats.length > 0 || !!statsNotSent;
  const hasGrid = !!grid || !!nodesNotSent;

  return (
    <div className="space-y-6">
      <ItemHeader detail={detail} actions={actions} />
      {page.definitionMissing && <MissingDefinitionsNotice page="item" />}
      {detail.item.objectives && detail.item.objectives.length > 0 && (
        <section aria-labelledby="objectives-heading" className={panel}>
          <h2 id="objectives-heading" className={heading}>
            Objectives
          </h2>
          <ObjectiveList objectives={detail.item.objectives} />
        </section>
      )}
      {(hasStats || hasGrid || detail.perks.length > 0) && (
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
          {hasStats && (
            <section aria-labelledby="stats-heading" className={panel}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id="stats-heading" className={heading}>
                  Stats
                </h2>
                <p className="text-xs text-slate-400">
                  {chosen && grid ? (
                    chosen.state === 'active' ? (
                      <>
                        <span className="font-semibold text-slate-200">{chosen.name}</span>: Active
                      </>
                    ) : (
                      <>
                        If you activate <span className="font-semibold text-slate-200">{chosen.name}</span>
                        {replacesText(grid, chosen) && ` (${replacesText(grid, chosen)})`}
                      </>
                    )
                  ) : other ? (
                    <>
                      Compared with{' '}
                      <Link
                        to={equippedHref(other)}
                        className="font-semibold text-slate-200 underline-offset-2 hover:underline"
                      >
                        {other.name}
                      </Link>
                      , equipped
                    </>
                  ) : null}
                </p>
              </div>
              {shown.length > 0 && <StatList label="Stats" stats={shown} changes={changes} />}
              {hidden.length > 0 && (
                <div className="space-y-2 border-t border-slate-800 pt-3">
                  <h3 className="text-xs font-semibold text-slate-400 uppercase">Hidden stats</h3>
                  <StatList label="Hidden stats" stats={hidden} changes={changes} />
                </div>
              )}
              {statsNotSent && <NotSentNote what="stats" {...statsNotSent} />}
            </section>
          )}
          <div className="space-y-6">
            {hasGrid && (
              <section aria-labelledby="grid-heading" className={panel}>
                <h2 id="grid-heading" className={heading}>
                  Talent grid
                </h2>
                {grid && (
                  <>
                    <p className="text-xs text-slate-400">Choose a node to see what it does to the stats.</p>
                    <TalentGridView grid={grid} chosen={chosen} onChoose={choose} />
                    {chosen && <NodeEffects grid={grid} node={chosen} onClear={() => setChosen(null)} />}
                  </>
                )}
                {nodesNotSent && <NotSentNote what="talent nodes" {...nodesNotSent} />}
              </section>
            )}
            {detail.perks.length > 0 && (
              <section aria-labelledby="perks-heading" className={panel}>
                <h2 id="perks-heading" className={heading}>
                  Perks
                </h2>
                <PerkList perks={detail.perks} />
              </section>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
