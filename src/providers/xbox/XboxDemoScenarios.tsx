import type { XboxDemo } from '../../app-config.ts';
import { ScenarioList } from '../../ui/ScenarioList.tsx';
import { xboxPaths } from './paths.ts';

/**
 * Xbox Live serves only the caller's own inventory, so its demo scenarios are filters: each link
 * opens the inventory with a reserved product id the demo answers with that failure.
 */
export function XboxDemoScenarios({ demo }: { demo: XboxDemo }) {
  return (
    <section aria-labelledby="xbox-demo" className="space-y-4 rounded-xl border border-slate-800 bg-slate-900/50 p-5">
      <h2 id="xbox-demo" className="text-xl font-semibold text-slate-50">
        Xbox Live on demo data
      </h2>
      <ScenarioList
        heading="Xbox Live error scenarios"
        scenarios={demo.scenarios}
        hrefFor={(scenario) => xboxPaths.inventory({ productIds: scenario.productIds })}
      />
    </section>
  );
}
