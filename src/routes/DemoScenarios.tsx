import type { AppConfig } from '../app-config.ts';
import { destinyPaths } from '../providers/destiny/paths.ts';
import { playfabPaths } from '../providers/playfab/paths.ts';
import { xboxPaths } from '../providers/xbox/paths.ts';
import { ScenarioList } from '../ui/ScenarioList.tsx';

type Demo = NonNullable<AppConfig['demo']>;

/**
 * The demo upstreams' misbehaving accounts, for trying each failure's page: folded into one
 * disclosure below everything else, so the start page leads with the players worth browsing.
 */
export function DemoScenarios({ demo }: { demo: Demo }) {
  const { destiny, playfab, xbox } = demo;
  const count = (destiny?.scenarios.length ?? 0) + (playfab?.scenarios.length ?? 0) + (xbox?.scenarios.length ?? 0);
  if (count === 0) return null;
  return (
    <details className="rounded-xl border border-slate-800 bg-slate-900/50 p-5">
      <summary className="cursor-pointer text-lg font-semibold text-slate-100">
        Error scenarios{' '}
        <span className="text-sm font-normal text-slate-400">({count} demo accounts that fail on purpose)</span>
      </summary>
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        {destiny && (
          <ScenarioList
            heading="Destiny"
            scenarios={destiny.scenarios}
            hrefFor={(scenario) =>
              scenario.characterId
                ? destinyPaths.inventory(scenario.membershipType, scenario.membershipId, scenario.characterId)
                : destinyPaths.account(scenario.membershipType, scenario.membershipId)
            }
          />
        )}
        {playfab && (
          <ScenarioList
            heading="PlayFab"
            scenarios={playfab.scenarios}
            hrefFor={(scenario) =>
              scenario.characterId
                ? playfabPaths.inventory(playfab.titleId, scenario.playFabId, scenario.characterId)
                : playfabPaths.player(playfab.titleId, scenario.playFabId)
            }
          />
        )}
        {xbox && (
          <ScenarioList
            heading="Xbox Live"
            scenarios={xbox.scenarios}
            hrefFor={(scenario) => xboxPaths.inventory({ productIds: scenario.productIds })}
          />
        )}
      </div>
    </details>
  );
}
