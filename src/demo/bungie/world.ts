/** The generated data behind one demo app: each piece rolled lazily, once, from the seed alone. */

import { currencies, type Currency } from './currencies.ts';
import { generateInventory, type CharacterInventory } from './inventory.ts';
import { createRng, deriveSeed } from '../rng.ts';
import { roster, type RosterAccount, type RosterCharacter } from './roster.ts';
import { generateVault, type VaultContents } from './vault.ts';

export interface DemoWorldOptions {
  seed: number;
}

export interface WalletEntry {
  currency: Currency;
  value: number;
}

export interface DemoWorld {
  readonly seed: number;
  inventory(character: RosterCharacter): CharacterInventory;
  vault(account: RosterAccount): VaultContents;
  wallet(account: RosterAccount): WalletEntry[];
  grimoireScore(account: RosterAccount): number;
}

/** Vaults take instance-id slots after every character's, so no id is shared. */
const VAULT_SLOTS_FROM = 500;

const slots = new Map(
  roster.flatMap((account) => account.characters).map((character, slot) => [character.characterId, slot]),
);

export function createDemoWorld({ seed }: DemoWorldOptions): DemoWorld {
  const inventories = new Map<string, CharacterInventory>();
  const wallets = new Map<string, WalletEntry[]>();
  const vaults = new Map<string, VaultContents>();
  return {
    seed,
    inventory(character) {
      let inventory = inventories.get(character.characterId);
      if (!inventory) {
        const slot = slots.get(character.characterId) ?? 0;
        inventory = generateInventory(character, { seed, slot, itemsPerCharacter: character.inventorySize });
        inventories.set(character.characterId, inventory);
      }
      return inventory;
    },
    vault(account) {
      let vault = vaults.get(account.membershipId);
      if (!vault) {
        const slot = VAULT_SLOTS_FROM + roster.indexOf(account);
        const full = account.characters.some((character) => (character.inventorySize ?? 0) > 0);
        vault = generateVault(account, { seed, slot, full });
        vaults.set(account.membershipId, vault);
      }
      return vault;
    },
    wallet(account) {
      let wallet = wallets.get(account.membershipId);
      if (!wallet) {
        const rng = createRng(deriveSeed(seed, `wallet:${account.membershipId}`));
        wallet = currencies.map((currency) => ({ currency, value: rng.int(...currency.balance) }));
        wallets.set(account.membershipId, wallet);
      }
      return wallet;
    },
    grimoireScore(account) {
      return createRng(deriveSeed(seed, `grimoire:${account.membershipId}`)).int(1800, 5200);
    },
  };
}
