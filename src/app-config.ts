import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { getJson } from './http/api-client.ts';

const providerMode = v.object({ mode: v.picklist(['live', 'demo', 'unavailable']) });

const demoAccount = v.object({
  displayName: v.string(),
  membershipType: v.number(),
  membershipId: v.string(),
  characters: v.array(v.object({ characterId: v.string(), className: v.string() })),
  inventorySize: v.optional(v.number()),
});

const demoScenario = v.object({
  id: v.string(),
  title: v.string(),
  description: v.string(),
  membershipType: v.number(),
  membershipId: v.string(),
  characterId: v.optional(v.string()),
  displayName: v.optional(v.string()),
});

const playfabDemo = v.object({
  titleId: v.string(),
  players: v.array(
    v.object({
      playFabId: v.string(),
      displayName: v.string(),
      characters: v.array(
        v.object({
          characterId: v.string(),
          name: v.string(),
          type: v.string(),
          inventorySize: v.optional(v.number()),
        }),
      ),
    }),
  ),
  scenarios: v.array(
    v.object({
      id: v.string(),
      title: v.string(),
      description: v.string(),
      playFabId: v.string(),
      characterId: v.optional(v.string()),
    }),
  ),
});

const xboxDemo = v.object({
  scenarios: v.array(v.object({ id: v.string(), title: v.string(), description: v.string(), productIds: v.string() })),
});

/**
 * `/api/config` names Bungie's provider `bungie`, as its API paths do; other clients read it so.
 * The client calls every provider by its ProviderId, so the name is mapped here, once.
 */
const appConfigSchema = v.pipe(
  v.object({
    providers: v.object({ bungie: providerMode, playfab: providerMode, xbox: providerMode }),
    demo: v.optional(
      v.object({
        bungie: v.optional(v.object({ accounts: v.array(demoAccount), scenarios: v.array(demoScenario) })),
        playfab: v.optional(playfabDemo),
        xbox: v.optional(xboxDemo),
      }),
    ),
  }),
  v.transform(({ providers: { bungie, ...providers }, demo }) => ({
    providers: { destiny: bungie, ...providers },
    demo: demo && { destiny: demo.bungie, playfab: demo.playfab, xbox: demo.xbox },
  })),
);

export type AppConfig = v.InferOutput<typeof appConfigSchema>;
export type ProviderMode = v.InferOutput<typeof providerMode>['mode'];
export type DemoAccount = v.InferOutput<typeof demoAccount>;
export type DemoScenario = v.InferOutput<typeof demoScenario>;
export type PlayFabDemo = v.InferOutput<typeof playfabDemo>;
export type XboxDemo = v.InferOutput<typeof xboxDemo>;

/** `/api/config`'s answer, checked and with the browser's provider names (the server's first screens read it too). */
export const readAppConfig = (body: unknown): AppConfig => v.parse(appConfigSchema, body);

/** Which providers are live or demo, and the demo directory; rarely changes, so cached for long. */
export const appConfigQuery = queryOptions({
  queryKey: ['config'],
  queryFn: async ({ signal }) => readAppConfig(await getJson('/api/config', { signal })),
  staleTime: 5 * 60_000,
});
