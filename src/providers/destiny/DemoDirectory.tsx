import type { DemoAccount } from '../../app-config.ts';
import { ChipLink } from '../../ui/ChipLink.tsx';
import { DemoAccountCard } from '../../ui/DemoAccountCard.tsx';
import { ItemCountTag } from '../../ui/ItemCountTag.tsx';
import { platformName } from './platforms.ts';
import { destinyPaths } from './paths.ts';

/** The demo upstream's Destiny accounts, each with its characters. */
export function DemoDirectory({ accounts }: { accounts: DemoAccount[] }) {
  return (
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
  );
}
