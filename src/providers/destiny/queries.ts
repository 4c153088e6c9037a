import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../http/api-client.ts';
import { destinyApiPaths } from './paths.ts';
import type { Inventory } from '../../inventory/model.ts';
import { fetchParsed } from '../../parsing/fetch-parsed.ts';
import { unpackInventory, type PackedInventory } from '../../parsing/pack-inventory.ts';
import type { ParseTaskHandle } from '../../parsing/parse-task.ts';

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

type Readers = typeof import('./read-responses.ts');

/**
 * Fetches `path` and reads the answer with the parser `read` picks. The parsers (a validator and
 * adapters) load alongside the call rather than before it: the route loaders that start these
 * queries are in the app's first script, and a shared link's call starts as soon as it runs.
 */
async function getRead<T>(path: string, signal: AbortSignal, read: (readers: Readers) => (body: unknown) => T) {
  const [body, readers] = await Promise.all([
    getJson(path, { signal, provider: 'destiny' }),
    import('./read-responses.ts'),
  ]);
  return read(readers)(body);
}

/** Query keys go from generic to specific, so one account's queries can be invalidated together. */
export const destinyQueries = {
  all: () => ['destiny'] as const,

  search: (membershipType: number, displayName: string) =>
    queryOptions({
      queryKey: ['destiny', 'search', membershipType, displayName.toLowerCase()] as const,
      queryFn: ({ signal }) =>
        getRead(destinyApiPaths.search(membershipType, displayName), signal, (r) => r.readPlayerSearch),
      staleTime: 60_000,
    }),

  account: (membershipType: number, membershipId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'account'] as const,
      queryFn: ({ signal }) =>
        getRead(destinyApiPaths.account(membershipType, membershipId), signal, (r) => r.readAccount),
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
      queryFn: ({ signal }) =>
        getRead(
          destinyApiPaths.item(membershipType, membershipId, characterId, itemInstanceId),
          signal,
          (r) => r.readItemDetail,
        ),
      staleTime: 60_000,
    }),
};
