import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../http/api-client.ts';
import { adaptAccount } from './adapt-account.ts';
import { adaptCharacterInventory } from './adapt-inventory.ts';
import { parseResponse, unwrapEnvelope } from './envelope.ts';
import { accountSchema, characterInventorySchema, playerSearchSchema } from './schema.ts';

const BASE = '/api/bungie/Platform/Destiny';

async function getEnvelope(path: string, signal: AbortSignal): Promise<unknown> {
  return unwrapEnvelope(await getJson(`${BASE}/${path}`, { signal, provider: 'destiny' }));
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
          await getEnvelope(`SearchDestinyPlayer/${membershipType}/${encodeURIComponent(displayName)}/`, signal),
          'player search',
        ),
      staleTime: 60_000,
    }),

  account: (membershipType: number, membershipId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'account'] as const,
      queryFn: async ({ signal }) =>
        adaptAccount(
          parseResponse(accountSchema, await getEnvelope(`${membershipType}/Account/${membershipId}/?definitions=true`, signal), 'account'),
        ),
      staleTime: 60_000,
    }),

  inventory: (membershipType: number, membershipId: string, characterId: string) =>
    queryOptions({
      queryKey: ['destiny', membershipType, membershipId, 'inventory', characterId] as const,
      queryFn: async ({ signal }) =>
        adaptCharacterInventory(
          parseResponse(
            characterInventorySchema,
            await getEnvelope(`${membershipType}/Account/${membershipId}/Character/${characterId}/Inventory/?definitions=true`, signal),
            'character inventory',
          ),
        ),
      staleTime: 60_000,
    }),
};
