/** The generated data behind one demo app: each piece rolled lazily, once, from the seed alone. */

import { currencies, type Currency } from './currencies.ts';
import { generateInventory, type CharacterInventory } from './inventory.ts';
import { createRng, deriveSeed } from '../rng.ts';
import { roster, type RosterAccount, type RosterCharacter } from './roster.ts';

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
  wallet(account: RosterAccount): WalletEntry[];
  grimoireScore(account: RosterAccount): number;
}

const slots = new Map(
  roster.flatMap((account) => account.characters).map((character, slot) => [character.characterId, slot]),
);

export function createDemoWorld({ seed }: DemoWorldOptions): DemoWorld {
  const inventories = new Map<string, CharacterInventory>();
  const wallets = new Map<string, WalletEntry[]>();
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
