import * as v from 'valibot';

/**
 * Xbox Live's `inventoryItem`, read the way Microsoft's own client reads it (`beginDate`, numeric
 * `titleId`, array `containers`), with the docs' spellings accepted too. Unknown keys are ignored.
 */
const stringList = v.union([
  v.array(v.string()),
  v.pipe(
    v.string(),
    v.transform((value) => value.split(',').filter(Boolean)),
  ),
]);

export const inventoryItemSchema = v.object({
  url: v.pipe(v.string(), v.minLength(1)),
  itemType: v.string(),
  // Absent from the REST page's item fields; the adapter falls back to the id in `url`.
  productId: v.optional(v.nullable(v.string())),
  titleId: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  containers: v.optional(v.nullable(stringList)),
  obtained: v.optional(v.nullable(v.string())),
  beginDate: v.optional(v.nullable(v.string())),
  startDate: v.optional(v.nullable(v.string())),
  endDate: v.optional(v.nullable(v.string())),
  state: v.optional(v.nullable(v.string())),
  trial: v.optional(v.nullable(v.boolean())),
  trialTimeRemaining: v.optional(v.nullable(v.string())),
  consumable: v.optional(v.nullable(v.object({ url: v.optional(v.string()), quantity: v.number() }))),
});

export const inventoryPageSchema = v.object({
  pagingInfo: v.optional(
    v.nullable(
      v.object({
        continuationToken: v.optional(v.nullable(v.string())),
        totalItems: v.optional(v.nullable(v.number())),
      }),
    ),
  ),
  items: v.optional(v.nullable(v.array(inventoryItemSchema))),
});

export type RawInventoryItem = v.InferOutput<typeof inventoryItemSchema>;
export type RawInventoryPage = v.InferOutput<typeof inventoryPageSchema>;
