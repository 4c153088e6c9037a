import * as v from 'valibot';

/*
 * PlayFab's legacy Server formats, checked at the boundary. Real responses omit unset fields, the
 * SDK models allow null: both are accepted. Ids stay opaque strings.
 */

const text = v.nullish(v.string());
const list = <S extends v.GenericSchema>(item: S) => v.nullish(v.array(item), []);

export const envelopeSchema = v.object({
  code: v.number(),
  status: text,
  data: v.optional(v.unknown()),
  error: text,
  errorCode: v.nullish(v.number()),
  errorMessage: text,
  errorDetails: v.nullish(v.record(v.string(), v.array(v.string()))),
  retryAfterSeconds: v.nullish(v.number()),
});

export const itemInstanceSchema = v.object({
  ItemId: v.string(),
  ItemInstanceId: v.string(),
  ItemClass: text,
  PurchaseDate: text,
  Expiration: text,
  RemainingUses: v.nullish(v.number()),
  UsesIncrementedBy: v.nullish(v.number()),
  Annotation: text,
  CatalogVersion: text,
  BundleParent: text,
  BundleContents: list(v.string()),
  DisplayName: text,
  UnitCurrency: text,
  UnitPrice: v.nullish(v.number()),
  // The format says string to string; anything else is shown as its JSON.
  CustomData: v.nullish(v.record(v.string(), v.unknown())),
});

export const characterInventorySchema = v.object({
  PlayFabId: text,
  CharacterId: text,
  Inventory: list(itemInstanceSchema),
  VirtualCurrency: v.nullish(v.record(v.string(), v.number()), {}),
  VirtualCurrencyRechargeTimes: v.nullish(
    v.record(v.string(), v.object({ SecondsToRecharge: v.number(), RechargeTime: text, RechargeMax: v.number() })),
    {},
  ),
});

export const catalogItemSchema = v.object({
  ItemId: v.string(),
  ItemClass: text,
  CatalogVersion: text,
  DisplayName: text,
  Description: text,
  ItemImageUrl: text,
  Tags: list(v.string()),
});

export const catalogSchema = v.object({ Catalog: list(catalogItemSchema) });

export const charactersSchema = v.object({
  Characters: list(v.object({ CharacterId: v.string(), CharacterName: text, CharacterType: text })),
});

export type RawItemInstance = v.InferOutput<typeof itemInstanceSchema>;
export type RawCharacterInventory = v.InferOutput<typeof characterInventorySchema>;
export type RawCatalogItem = v.InferOutput<typeof catalogItemSchema>;
