import * as v from 'valibot';

/*
 * The Bungie Destiny 1 formats, checked at the boundary. Only fields the app reads are listed;
 * everything the reference marks optional (or that older responses lack) is optional here, so a
 * server that omits them still parses. 64-bit ids stay strings.
 */

/** int64 ids are strings in the format; a number would already have lost precision, so accept it only as text. */
const int64Id = v.union([v.string(), v.pipe(v.number(), v.transform(String))]);
/** Hashes are uint32; a signed copy (as in the SQLite manifest) is folded back. */
const hash = v.pipe(v.number(), v.transform((n) => n >>> 0));
const optionalNumber = v.optional(v.number(), 0);
const optionalBool = v.optional(v.boolean(), false);

export const envelopeSchema = v.object({
  Response: v.optional(v.unknown()),
  ErrorCode: v.number(),
  ThrottleSeconds: v.optional(v.number(), 0),
  ErrorStatus: v.optional(v.string(), ''),
  Message: v.optional(v.string(), ''),
});

export const statSchema = v.object({
  statHash: hash,
  value: optionalNumber,
  maximumValue: optionalNumber,
});

export const itemInstanceSchema = v.object({
  itemHash: hash,
  itemInstanceId: v.optional(int64Id, '0'),
  isEquipped: optionalBool,
  stackSize: v.optional(v.number(), 1),
  stats: v.optional(v.array(statSchema), []),
  primaryStat: v.optional(statSchema),
  damageType: optionalNumber,
  damageTypeHash: v.optional(hash),
  locked: optionalBool,
  state: v.optional(v.number()),
});

export const bucketGroupSchema = v.object({
  bucketHash: hash,
  items: v.optional(v.array(itemInstanceSchema), []),
});

const itemDefinitionSchema = v.object({
  itemName: v.optional(v.string()),
  itemDescription: v.optional(v.string()),
  icon: v.optional(v.string()),
  tierType: v.optional(v.number()),
  tierTypeName: v.optional(v.string()),
  itemTypeName: v.optional(v.string()),
  maxStackSize: v.optional(v.number()),
  bucketTypeHash: v.optional(hash),
});

const bucketDefinitionSchema = v.object({
  bucketName: v.optional(v.string()),
  bucketIdentifier: v.optional(v.string()),
  bucketOrder: v.optional(v.number()),
  category: v.optional(v.number()),
  itemCount: v.optional(v.number()),
});

const statDefinitionSchema = v.object({
  statName: v.optional(v.string()),
  statIdentifier: v.optional(v.string()),
});

const damageTypeDefinitionSchema = v.object({
  damageTypeName: v.optional(v.string()),
  iconPath: v.optional(v.string()),
  enumValue: v.optional(v.number()),
});

const table = <T extends v.GenericSchema>(entry: T) => v.optional(v.record(v.string(), entry), {});

export const definitionsSchema = v.object({
  items: table(itemDefinitionSchema),
  buckets: table(bucketDefinitionSchema),
  stats: table(statDefinitionSchema),
  damageTypes: table(damageTypeDefinitionSchema),
});

export const characterInventorySchema = v.object({
  data: v.object({
    buckets: v.optional(v.record(v.string(), v.array(bucketGroupSchema)), {}),
    currencies: v.optional(v.array(v.object({ itemHash: hash, value: optionalNumber })), []),
  }),
  definitions: v.optional(definitionsSchema),
});

export const playerSearchSchema = v.array(
  v.object({
    membershipType: v.number(),
    membershipId: int64Id,
    displayName: v.string(),
    iconPath: v.optional(v.string()),
  }),
);

const progressionSchema = v.object({
  level: optionalNumber,
  progressToNextLevel: optionalNumber,
  nextLevelAt: optionalNumber,
});

export const characterSchema = v.object({
  characterBase: v.object({
    characterId: int64Id,
    classHash: v.optional(hash),
    raceHash: v.optional(hash),
    genderHash: v.optional(hash),
    classType: v.optional(v.number()),
    powerLevel: v.optional(v.number()),
    dateLastPlayed: v.optional(v.string()),
    minutesPlayedTotal: v.optional(int64Id),
    stats: v.optional(v.record(v.string(), statSchema), {}),
  }),
  levelProgression: v.optional(progressionSchema),
  characterLevel: v.optional(v.number()),
  emblemPath: v.optional(v.string()),
  backgroundPath: v.optional(v.string()),
  percentToNextLevel: v.optional(v.number()),
});

export const accountSchema = v.object({
  data: v.object({
    membershipId: int64Id,
    membershipType: v.number(),
    characters: v.optional(v.array(characterSchema), []),
    clanName: v.optional(v.string()),
    clanTag: v.optional(v.string()),
    grimoireScore: v.optional(v.number()),
  }),
});

export type RawItemInstance = v.InferOutput<typeof itemInstanceSchema>;
export type RawDefinitions = v.InferOutput<typeof definitionsSchema>;
export type RawCharacterInventory = v.InferOutput<typeof characterInventorySchema>;
export type RawCharacter = v.InferOutput<typeof characterSchema>;
export type RawAccount = v.InferOutput<typeof accountSchema>;
