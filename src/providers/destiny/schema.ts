import * as v from 'valibot';

/*
 * The Bungie Destiny 1 formats, checked at the boundary. Only fields the app reads are listed;
 * everything the reference marks optional (or that older responses lack) is optional here, so a
 * server that omits them still parses. 64-bit ids stay strings.
 */

/** int64 ids are strings in the format; a number would already have lost precision, so accept it only as text. */
const int64Id = v.union([v.string(), v.pipe(v.number(), v.transform(String))]);
/** Hashes are uint32; a signed copy (as in the SQLite manifest) is folded back. */
const hash = v.pipe(
  v.number(),
  v.transform((n) => n >>> 0),
);
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

const talentNodeStateSchema = v.object({
  nodeHash: v.optional(hash),
  isActivated: optionalBool,
  stepIndex: optionalNumber,
  hidden: optionalBool,
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
  perks: v.optional(
    v.array(v.object({ perkHash: hash, iconPath: v.optional(v.string()), isActive: optionalBool })),
    [],
  ),
  // Later data only; every item has the key (usually empty), 2014-era items lack it.
  objectives: v.optional(
    v.array(v.object({ objectiveHash: hash, progress: optionalNumber, isComplete: v.optional(v.boolean()) })),
  ),
  // The talent grid (0 or absent: none) and each of its nodes' state, for the nodes' names in search.
  talentGridHash: v.optional(hash),
  // Only an array here: a 10,000-item inventory has tens of thousands of node states, and checking
  // each one up front costs its parse milliseconds. The adapter reads the fields it needs, checking each.
  nodes: v.optional(v.custom<unknown[]>(Array.isArray, 'Expected an array of talent node states')),
});

/** GetItemDetail's `item`: the inventory fields plus what only the item page reads. */
export const itemDetailInstanceSchema = v.object({
  ...itemInstanceSchema.entries,
  bindStatus: optionalNumber,
  canEquip: v.optional(v.boolean(), true),
  equipRequiredLevel: optionalNumber,
  cannotEquipReason: optionalNumber,
  transferStatus: optionalNumber,
  progression: v.optional(
    v.object({
      level: optionalNumber,
      currentProgress: optionalNumber,
      progressToNextLevel: optionalNumber,
      nextLevelAt: optionalNumber,
    }),
  ),
  talentGridHash: v.optional(hash, 0),
  nodes: v.optional(v.array(talentNodeStateSchema), []),
  isGridComplete: optionalBool,
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

const detailItemDefinitionSchema = v.object({
  ...itemDefinitionSchema.entries,
  stats: v.optional(
    v.record(
      v.string(),
      v.object({ statHash: hash, value: optionalNumber, minimum: optionalNumber, maximum: optionalNumber }),
    ),
    {},
  ),
});

const perkDefinitionSchema = v.object({
  displayName: v.optional(v.string()),
  displayDescription: v.optional(v.string()),
  displayIcon: v.optional(v.string()),
  isDisplayable: v.optional(v.boolean(), true),
});

const talentStepSchema = v.object({
  nodeStepHash: v.optional(hash, 0),
  nodeStepName: v.optional(v.string(), ''),
  nodeStepDescription: v.optional(v.string(), ''),
  icon: v.optional(v.string()),
  activationRequirement: v.optional(v.object({ gridLevel: optionalNumber }), { gridLevel: 0 }),
  startProgressionBarAtProgress: optionalNumber,
});

const talentGridNodeSchema = v.object({
  nodeIndex: v.optional(v.number()),
  nodeHash: v.optional(hash),
  row: optionalNumber,
  column: optionalNumber,
  steps: v.optional(v.array(talentStepSchema), []),
  // Bungie's own spelling; the correct one is accepted too, in case a server fixes it.
  exlusiveWithNodes: v.optional(v.array(v.number())),
  exclusiveWithNodes: v.optional(v.array(v.number())),
});

const talentGridDefinitionSchema = v.object({
  progressionHash: v.optional(hash),
  nodes: v.optional(v.array(talentGridNodeSchema), []),
  exclusiveSets: v.optional(v.array(v.object({ nodeIndexes: v.optional(v.array(v.number()), []) })), []),
});

const progressionDefinitionSchema = v.object({
  steps: v.optional(v.array(v.object({ progressTotal: optionalNumber })), []),
});

const objectiveDefinitionSchema = v.object({
  completionValue: v.optional(v.number()),
  displayDescription: v.optional(v.string()),
});

const table = <T extends v.GenericSchema>(entry: T) => v.optional(v.record(v.string(), entry), {});

export const definitionsSchema = v.object({
  items: table(itemDefinitionSchema),
  buckets: table(bucketDefinitionSchema),
  stats: table(statDefinitionSchema),
  damageTypes: table(damageTypeDefinitionSchema),
  perks: table(perkDefinitionSchema),
  objectives: table(objectiveDefinitionSchema),
  // Optional rather than empty by default, so definitions made by hand (tests, the vault's) need not list it.
  talentGrids: v.optional(v.record(v.string(), talentGridDefinitionSchema)),
});

export const emptyDefinitions: RawDefinitions = {
  items: {},
  buckets: {},
  stats: {},
  damageTypes: {},
  perks: {},
  objectives: {},
};

/** The item page needs more of each definition, so its tables are read wider than the inventory's. */
export const itemDetailDefinitionsSchema = v.object({
  ...definitionsSchema.entries,
  items: table(detailItemDefinitionSchema),
  talentGrids: table(talentGridDefinitionSchema),
  progressions: table(progressionDefinitionSchema),
});

const nodeStatsSchema = v.object({
  currentNodeStats: v.optional(v.array(statSchema), []),
  nextNodeStats: v.optional(v.array(statSchema), []),
});

export const itemDetailSchema = v.object({
  data: v.object({
    item: itemDetailInstanceSchema,
    talentNodes: v.optional(
      v.array(
        v.object({
          nodeIndex: v.optional(v.number()),
          state: v.optional(v.number()),
          progressPercent: v.optional(v.number()),
        }),
      ),
      [],
    ),
    // Keyed by node hash or node index, as a decimal string (reference §7.3).
    statsOnNodes: v.optional(v.record(v.string(), nodeStatsSchema), {}),
  }),
  // Every table defaults to empty, so a response without definitions still reads (with placeholders).
  definitions: v.optional(itemDetailDefinitionsSchema, {}),
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
    // Account-wide items: the vault under `Item`. A private or partial answer leaves it out.
    inventory: v.optional(
      v.object({
        buckets: v.optional(v.record(v.string(), v.array(bucketGroupSchema)), {}),
        currencies: v.optional(v.array(v.object({ itemHash: hash, value: optionalNumber })), []),
      }),
    ),
  }),
  // What names the characters and the vault's items; absent when Bungie answers without definitions.
  definitions: v.optional(
    v.object({
      ...definitionsSchema.entries,
      classes: table(v.object({ className: v.optional(v.string()) })),
      races: table(v.object({ raceName: v.optional(v.string()) })),
      genders: table(v.object({ genderName: v.optional(v.string()) })),
    }),
  ),
});

export type RawItemInstance = v.InferOutput<typeof itemInstanceSchema>;
export type RawDefinitions = v.InferOutput<typeof definitionsSchema>;
export type RawCharacterInventory = v.InferOutput<typeof characterInventorySchema>;
export type RawCharacter = v.InferOutput<typeof characterSchema>;
export type RawAccount = v.InferOutput<typeof accountSchema>;
export type RawItemDetail = v.InferOutput<typeof itemDetailSchema>;
export type RawItemDetailDefinitions = v.InferOutput<typeof itemDetailDefinitionsSchema>;
export type RawTalentGrid = v.InferOutput<typeof talentGridDefinitionSchema>;
