import * as v from 'valibot';

/**
 * The Store display catalog's `/v7.0/products` answer, read for what the pages show; every field
 * may be missing (the Store leaves out what a product lacks), and unknown keys are ignored.
 */
const text = v.optional(v.nullable(v.string()));

const imageSchema = v.object({
  ImagePurpose: text,
  Uri: text,
  Width: v.optional(v.nullable(v.number())),
  Height: v.optional(v.nullable(v.number())),
});

const productSchema = v.object({
  ProductId: v.pipe(v.string(), v.minLength(1)),
  ProductKind: text,
  LocalizedProperties: v.optional(
    v.nullable(
      v.array(
        v.object({
          ProductTitle: text,
          ShortTitle: text,
          PublisherName: text,
          DeveloperName: text,
          ProductDescription: text,
          Images: v.optional(v.nullable(v.array(imageSchema))),
        }),
      ),
    ),
  ),
  MarketProperties: v.optional(
    v.nullable(
      v.array(
        v.object({
          RelatedProducts: v.optional(
            v.nullable(v.array(v.object({ RelatedProductId: text, RelationshipType: text }))),
          ),
        }),
      ),
    ),
  ),
});

export const catalogAnswerSchema = v.object({ Products: v.optional(v.nullable(v.array(productSchema))) });

export type RawCatalogAnswer = v.InferOutput<typeof catalogAnswerSchema>;
export type RawCatalogProduct = v.InferOutput<typeof productSchema>;
