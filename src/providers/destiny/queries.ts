import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../http/api-client.ts';
import { adaptAccount } from './adapt-account.ts';
import { adaptItemDetail } from './adapt-item-detail.ts';
import { parseResponse, unwrapEnvelope } from './envelope.ts';
import { destinyApiPaths } from './paths.ts';
import type { Inventory } from '../../inventory/model.ts';
import { fetchParsed } from '../../parsing/fetch-parsed.ts';
import { unpackInventory, type PackedInventory } from '../../parsing/pack-inventory.ts';
import type { ParseTaskHandle } from '../../parsing/parse-task.ts';
import { accountSchema, itemDetailSchema, playerSearchSchema } from './schema.ts';

/** Megabytes for a full vault: fetched, parsed and adapted in a worker (inventory-task.ts), and handed over as columns. */
const inventoryTask: ParseTaskHandle<Inventory, never, PackedInventory> = {
  startWorker: () =>
    new Worker(new URL('./inventory-parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'gearview-parse-destiny',
    }),
  loadInPage: () => import('./inventory-task.ts').then((module) => module.inventoryTask),
  unpack: unpackInventory,
};

async function getEnvelope(path: string, signal: AbortSignal): Promise<unknown> {
  return unwrapEnvelope(await getJson(path, { signal, provider: 'destiny' }));
}

/** Query keys go from generic to specific, so one account's queries can be invalidated together. */
export const destinyQueries = {
  all: () => ['destiny'] as const,

  search: (membershipType: number, displayName: string) =>
    queryOptions({
      queryKey: ['destiny', 'search', membershipType, displayName.toLowerCase()] as const,
      queryFn: async ({ signal }) =>
        parseResponse(
          playerSearchSchema,
          await getEnvelope(destinyApiPaths.search(membershipType, displayName), signal),
          'player search',
        ),
      staleTime: 60_000,
    }),

  account: (membershipType: number, membershipId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'account'] as const,
      queryFn: async ({ signal }) =>
        adaptAccount(
          parseResponse(
            accountSchema,
            await getEnvelope(destinyApiPaths.account(membershipType, membershipId), signal),
            'account',
          ),
        ),
      staleTime: 60_000,
    }),

  inventory: (membershipType: number, membershipId: string, characterId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'inventory', characterId] as const,
      queryFn: ({ signal }) =>
        fetchParsed(
          inventoryTask,
          { path: destinyApiPaths.inventory(membershipType, membershipId, characterId), provider: 'destiny' },
          signal,
        ),
      staleTime: 60_000,
    }),

  item: (membershipType: number, membershipId: string, characterId: string, itemInstanceId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'inventory', characterId, 'item', itemInstanceId] as const,
      queryFn: async ({ signal }) =>
        adaptItemDetail(
          parseResponse(
            itemDetailSchema,
            await getEnvelope(destinyApiPaths.item(membershipType, membershipId, characterId, itemInstanceId), signal),
            'item details',
          ),
        ),
      staleTime: 60_000,
    }),
};
