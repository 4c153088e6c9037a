import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { adaptAccount } from './adapt-account.ts';
import { BucketHash } from './bucket-table.ts';
import { accountSchema } from './schema.ts';

const rifle = {
  itemHash: 1000,
  itemInstanceId: '6917529123456789012',
  primaryStat: { statHash: 368428387, value: 365 },
};
const helmet = { itemHash: 2000, itemInstanceId: '6917529123456789013' };
const mystery = { itemHash: 3000, itemInstanceId: '6917529123456789014' };
const glimmerStack = { itemHash: 4000, stackSize: 40 };

const account = (inventory: unknown, definitions?: unknown) =>
  adaptAccount(
    v.parse(accountSchema, {
      data: { membershipId: '4611686018429501017', membershipType: 2, characters: [], inventory },
      definitions,
    }),
  );

const definitions = {
  items: {
    1000: { itemName: 'Eventide Engine', bucketTypeHash: BucketHash.PrimaryWeapons, tierType: 5 },
    2000: { itemName: 'Vigil Helm', bucketTypeHash: BucketHash.Helmet },
    // Its own bucket is not one a character has: it stays where the vault keeps it.
    3000: { itemName: 'Odd Relic', bucketTypeHash: 12345 },
    4000: { itemName: 'Spinmetal', bucketTypeHash: BucketHash.Materials, maxStackSize: 200 },
  },
};

describe('the vault in GetAccount', () => {
  it("puts each item in the row of its own bucket and counts each vault bucket against Bungie's limits", () => {
    const { vault } = account(
      {
        buckets: {
          Invisible: [],
          Item: [
            { bucketHash: BucketHash.VaultWeapons, items: [rifle] },
            { bucketHash: BucketHash.VaultArmor, items: [helmet, mystery] },
            { bucketHash: BucketHash.VaultGeneral, items: [glimmerStack] },
          ],
          Currency: [],
        },
        currencies: [{ itemHash: 3159615086, value: 24576 }],
      },
      definitions,
    );
    expect(vault).not.toBeNull();
    const buckets = vault!.inventory.groups.flatMap((group) => group.buckets);
    const where = (name: string) => buckets.find((bucket) => bucket.items.some((item) => item.name === name));
    expect(where('Eventide Engine')).toMatchObject({ id: String(BucketHash.PrimaryWeapons), capacity: undefined });
    expect(where('Vigil Helm')?.id).toBe(String(BucketHash.Helmet));
    expect(where('Odd Relic')).toMatchObject({ id: String(BucketHash.VaultArmor), name: 'Armor' });
    expect(where('Spinmetal')?.items[0]).toMatchObject({ quantity: 40, instanceId: null });
    expect(where('Eventide Engine')?.items[0]).toMatchObject({ instanceId: '6917529123456789012', tier: 'legendary' });
    expect(vault!.space).toEqual([
      { id: String(BucketHash.VaultWeapons), name: 'Weapons', count: 1, capacity: 108 },
      { id: String(BucketHash.VaultArmor), name: 'Armor', count: 2, capacity: 108 },
      { id: String(BucketHash.VaultGeneral), name: 'General', count: 1, capacity: 72 },
    ]);
    expect(vault!.inventory.currencies).toEqual([expect.objectContaining({ name: 'Glimmer', amount: 24576 })]);
  });

  it('reads without definitions: items by hash, in the vault bucket that holds them', () => {
    const { vault } = account({ buckets: { Item: [{ bucketHash: BucketHash.VaultWeapons, items: [rifle] }] } });
    const [bucket] = vault!.inventory.groups.flatMap((group) => group.buckets);
    expect(bucket).toMatchObject({ id: String(BucketHash.VaultWeapons), name: 'Weapons' });
    expect(bucket!.items[0]!.name).toBe('Item 1000');
  });

  it('is null when the answer has no vault (a private or partial answer), and empty when the vault is', () => {
    expect(account(undefined).vault).toBeNull();
    expect(account({ buckets: { Currency: [] } }).vault).toBeNull();
    expect(account({ buckets: { Item: [] } }).vault).toEqual({ inventory: { groups: [], currencies: [] }, space: [] });
  });
});
