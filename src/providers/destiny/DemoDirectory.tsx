import { Link } from 'react-router';
import type { DemoAccount, DemoScenario } from '../../app-config.ts';
import { platformName } from './platforms.ts';
import { destinyPaths } from './paths.ts';

function scenarioPath(scenario: DemoScenario): string {
  return scenario.characterId
    ? destinyPaths.inventory(scenario.membershipType, scenario.membershipId, scenario.characterId)
    : destinyPaths.account(scenario.membershipType, scenario.membershipId);
}

/** The demo upstream's accounts, and accounts that answer with each kind of error. */
export function DemoDirectory({ accounts, scenarios }: { accounts: DemoAccount[]; scenarios: DemoScenario[] }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="demo-accounts">
        <h3 id="demo-accounts" className="mb-2 text-sm font-semibold tracking-wide text-slate-400 uppercase">
          Demo accounts
        </h3>
        <ul className="space-y-2">
          {accounts.map((account) => (
            <li key={account.membershipId} className="rounded-lg border border-slate-800 bg-slate-900 p-3">
              <Link
                to={destinyPaths.account(account.membershipType, account.membershipId)}
                className="font-semibold text-slate-50 hover:text-accent"
              >
                {account.displayName}
              </Link>
              <span className="ml-2 text-sm text-slate-400">{platformName(account.membershipType)}</span>
              <div className="mt-2 flex flex-wrap gap-2">
                {account.characters.map((character) => (
                  <Link
                    key={character.characterId}
                    to={destinyPaths.inventory(account.membershipType, account.membershipId, character.characterId)}
                    className="rounded-full border border-slate-700 px-3 py-0.5 text-sm text-slate-300 hover:border-accent hover:text-slate-50"
                    aria-label={`${character.className} of ${account.displayName}`}
                  >
                    {character.className}
                  </Link>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="demo-scenarios">
        <h3 id="demo-scenarios" className="mb-2 text-sm font-semibold tracking-wide text-slate-400 uppercase">
          Error scenarios
        </h3>
        <ul className="divide-y divide-slate-800 rounded-lg border border-slate-800 bg-slate-900">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="px-3 py-2">
              <Link to={scenarioPath(scenario)} className="font-medium text-slate-100 hover:text-accent">
                {scenario.title}
              </Link>
              <p className="text-sm text-slate-400">{scenario.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
