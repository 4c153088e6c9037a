import type { DemoAccount, DemoScenario } from '../../app-config.ts';
import { ChipLink } from '../../ui/ChipLink.tsx';
import { DemoAccountCard } from '../../ui/DemoAccountCard.tsx';
import { ItemCountTag } from '../../ui/ItemCountTag.tsx';
import { ScenarioList } from '../../ui/ScenarioList.tsx';
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
            <DemoAccountCard
              key={account.membershipId}
              name={account.displayName}
              to={destinyPaths.account(account.membershipType, account.membershipId, account.displayName)}
              details={
                <>
                  <span className="ml-2 text-sm text-slate-400">{platformName(account.membershipType)}</span>
                  {account.inventorySize && <ItemCountTag count={account.inventorySize} suffix=" per character" />}
                </>
              }
            >
              {account.characters.map((character) => (
                <ChipLink
                  key={character.characterId}
                  to={destinyPaths.inventory(
                    account.membershipType,
                    account.membershipId,
                    character.characterId,
                    account.displayName,
                  )}
                  owner={account.displayName}
                >
                  {character.className}
                </ChipLink>
              ))}
            </DemoAccountCard>
          ))}
        </ul>
      </section>
      <ScenarioList heading="Error scenarios" scenarios={scenarios} hrefFor={scenarioPath} />
    </div>
  );
}
