import type {
  Bucket,
  BucketGroup,
  Currency,
  DamageKind,
  Inventory,
  Item,
  ItemFlag,
  ItemMark,
  Objective,
  StatValue,
  Tier,
} from '../inventory/model.ts';

/**
 * Items as columns: one table of distinct strings and a few typed arrays. A structured clone
 * copies every object and every string of 10,000 items, which held the page's main thread for
 * 60-120 ms; columns cross in a few milliseconds, and the page rebuilds the objects from them
 * with each distinct string shared. An optional number travels as NaN when absent (adapters never
 * produce NaN), and an optional field set to undefined comes back absent.
 */
export interface PackedItems {
  count: number;
  strings: string[];
  /** Per item, its TEXT_FIELDS as string indexes, then its damage type's three (NONE: null or absent). */
  text: Int32Array;
  /** Per item: quantity, maxStackSize, acquiredAt (NaN: absent). */
  numbers: Float64Array;
  /** Per item, the FLAG_* bits. */
  bits: Uint8Array;
  /** Per item its stats, then its primary stat when it has one. */
  stats: PackedList;
  marks: PackedList;
  flags: PackedList;
  perkNames: PackedList;
  /** Each objective's description, then progress, completion value and 1 or 0 for complete. */
  objectives: PackedList;
}

/** A list field, item by item: item i's entries are [start[i], start[i + 1]), each a fixed number of string indexes (and, for stats and objectives, numbers). */
interface PackedList {
  start: Int32Array;
  text: Int32Array;
  numbers: Float64Array;
}

const NONE = -1;
const TEXT_FIELDS = [
  'key',
  'instanceId',
  'definitionId',
  'name',
  'description',
  'typeName',
  'icon',
  'tier',
  'tierName',
] as const;
const TEXT_WIDTH = TEXT_FIELDS.length + 3;
const NUMBER_WIDTH = 3;
const FLAG_EQUIPPED = 1;
const FLAG_LOCKED = 2;
const FLAG_PRIMARY_STAT = 4;
const FLAG_MARKS = 8;
const FLAG_FLAGS = 16;
const FLAG_PERK_NAMES = 32;
const FLAG_OBJECTIVES = 64;

/** One list field's columns as they grow: the caller pushes each entry's `width` string indexes onto `text`. */
class ListWriter {
  readonly text: number[] = [];
  readonly numbers: number[] = [];
  private readonly start: Int32Array;

  constructor(
    private readonly count: number,
    private readonly width: number,
  ) {
    this.start = new Int32Array(count + 1);
  }

  beginItem(index: number) {
    this.start[index] = this.text.length / this.width;
  }

  finish(): PackedList {
    this.beginItem(this.count);
    return { start: this.start, text: Int32Array.from(this.text), numbers: Float64Array.from(this.numbers) };
  }
}

export function packItems(items: readonly Item[]): PackedItems {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (value: string | null | undefined): number => {
    if (value === null || value === undefined) return NONE;
    let index = indexes.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      indexes.set(value, index);
    }
    return index;
  };
  const count = items.length;
  const text = new Int32Array(count * TEXT_WIDTH);
  const numbers = new Float64Array(count * NUMBER_WIDTH);
  const bits = new Uint8Array(count);
  const stats = new ListWriter(count, 2);
  const marks = new ListWriter(count, 2);
  const flags = new ListWriter(count, 1);
  const perkNames = new ListWriter(count, 1);
  const objectives = new ListWriter(count, 1);
  const addStat = (stat: StatValue) => {
    stats.text.push(intern(stat.id), intern(stat.name));
    stats.numbers.push(stat.value, stat.maximum ?? Number.NaN);
  };

  items.forEach((item, index) => {
    const at = index * TEXT_WIDTH;
    for (let field = 0; field < TEXT_FIELDS.length; field++) text[at + field] = intern(item[TEXT_FIELDS[field]!]);
    text[at + TEXT_FIELDS.length] = intern(item.damageType?.kind);
    text[at + TEXT_FIELDS.length + 1] = intern(item.damageType?.name);
    text[at + TEXT_FIELDS.length + 2] = intern(item.damageType?.icon);
    numbers[index * NUMBER_WIDTH] = item.quantity;
    numbers[index * NUMBER_WIDTH + 1] = item.maxStackSize;
    numbers[index * NUMBER_WIDTH + 2] = item.acquiredAt ?? Number.NaN;
    bits[index] =
      (item.isEquipped ? FLAG_EQUIPPED : 0) |
      (item.locked ? FLAG_LOCKED : 0) |
      (item.primaryStat ? FLAG_PRIMARY_STAT : 0) |
      (item.marks ? FLAG_MARKS : 0) |
      (item.flags ? FLAG_FLAGS : 0) |
      (item.perkNames ? FLAG_PERK_NAMES : 0) |
      (item.objectives ? FLAG_OBJECTIVES : 0);
    stats.beginItem(index);
    item.stats.forEach(addStat);
    if (item.primaryStat) addStat(item.primaryStat);
    marks.beginItem(index);
    for (const mark of item.marks ?? []) marks.text.push(intern(mark.kind), intern(mark.label));
    flags.beginItem(index);
    for (const flag of item.flags ?? []) flags.text.push(intern(flag));
    perkNames.beginItem(index);
    for (const name of item.perkNames ?? []) perkNames.text.push(intern(name));
    objectives.beginItem(index);
    for (const objective of item.objectives ?? []) {
      objectives.text.push(intern(objective.description));
      objectives.numbers.push(objective.progress, objective.completionValue, objective.complete ? 1 : 0);
    }
  });
  return {
    count,
    strings,
    text,
    numbers,
    bits,
    stats: stats.finish(),
    marks: marks.finish(),
    flags: flags.finish(),
    perkNames: perkNames.finish(),
    objectives: objectives.finish(),
  };
}

export function unpackItems(packed: PackedItems): Item[] {
  const { strings, text, numbers, bits } = packed;
  const string = (index: number) => strings[index]!;
  const nullable = (index: number) => (index === NONE ? null : strings[index]!);
  const stat = (entry: number): StatValue => {
    const maximum = packed.stats.numbers[entry * 2 + 1]!;
    const value: StatValue = {
      id: string(packed.stats.text[entry * 2]!),
      name: string(packed.stats.text[entry * 2 + 1]!),
      value: packed.stats.numbers[entry * 2]!,
    };
    if (!Number.isNaN(maximum)) value.maximum = maximum;
    return value;
  };
  const objective = (entry: number): Objective => ({
    description: string(packed.objectives.text[entry]!),
    progress: packed.objectives.numbers[entry * 3]!,
    completionValue: packed.objectives.numbers[entry * 3 + 1]!,
    complete: packed.objectives.numbers[entry * 3 + 2] === 1,
  });
  const items = new Array<Item>(packed.count);
  for (let index = 0; index < packed.count; index++) {
    const at = index * TEXT_WIDTH;
    const flagBits = bits[index]!;
    let statEnd = packed.stats.start[index + 1]!;
    if (flagBits & FLAG_PRIMARY_STAT) statEnd--;
    const stats: StatValue[] = [];
    for (let entry = packed.stats.start[index]!; entry < statEnd; entry++) stats.push(stat(entry));
    const item: Item = {
      key: string(text[at]!),
      instanceId: nullable(text[at + 1]!),
      definitionId: string(text[at + 2]!),
      name: string(text[at + 3]!),
      description: string(text[at + 4]!),
      typeName: string(text[at + 5]!),
      icon: nullable(text[at + 6]!),
      tier: string(text[at + 7]!) as Tier,
      tierName: string(text[at + 8]!),
      quantity: numbers[index * NUMBER_WIDTH]!,
      maxStackSize: numbers[index * NUMBER_WIDTH + 1]!,
      isEquipped: (flagBits & FLAG_EQUIPPED) !== 0,
      locked: (flagBits & FLAG_LOCKED) !== 0,
      stats,
    };
    if (flagBits & FLAG_PRIMARY_STAT) item.primaryStat = stat(statEnd);
    const damageKind = text[at + TEXT_FIELDS.length]!;
    if (damageKind !== NONE) {
      item.damageType = {
        kind: string(damageKind) as DamageKind,
        name: string(text[at + TEXT_FIELDS.length + 1]!),
        icon: nullable(text[at + TEXT_FIELDS.length + 2]!),
      };
    }
    if (flagBits & FLAG_MARKS)
      item.marks = listOf(packed.marks, index, 2, (at) => ({
        kind: string(packed.marks.text[at]!) as ItemMark['kind'],
        label: string(packed.marks.text[at + 1]!),
      }));
    if (flagBits & FLAG_FLAGS)
      item.flags = listOf(packed.flags, index, 1, (at) => string(packed.flags.text[at]!) as ItemFlag);
    if (flagBits & FLAG_PERK_NAMES)
      item.perkNames = listOf(packed.perkNames, index, 1, (at) => string(packed.perkNames.text[at]!));
    if (flagBits & FLAG_OBJECTIVES) item.objectives = listOf(packed.objectives, index, 1, (at) => objective(at));
    const acquiredAt = numbers[index * NUMBER_WIDTH + 2]!;
    if (!Number.isNaN(acquiredAt)) item.acquiredAt = acquiredAt;
    items[index] = item;
  }
  return items;
}

/** Item `index`'s entries of a list, each read from its first string index's position. */
function listOf<T>(list: PackedList, index: number, width: number, read: (at: number) => T): T[] {
  const values: T[] = [];
  for (let entry = list.start[index]!; entry < list.start[index + 1]!; entry++) values.push(read(entry * width));
  return values;
}

/** An inventory with its items as columns: groups and buckets keep their own fields and say how many items are theirs. */
export interface PackedInventory {
  groups: (Omit<BucketGroup, 'buckets'> & { buckets: (Omit<Bucket, 'items'> & { itemCount: number })[] })[];
  currencies: Currency[];
  items: PackedItems;
}

export function packInventory({ groups, currencies }: Inventory): PackedInventory {
  const items: Item[] = [];
  const packedGroups = groups.map(({ buckets, ...group }) => ({
    ...group,
    buckets: buckets.map(({ items: bucketItems, ...bucket }) => {
      for (const item of bucketItems) items.push(item);
      return { ...bucket, itemCount: bucketItems.length };
    }),
  }));
  return { groups: packedGroups, currencies, items: packItems(items) };
}

export function unpackInventory({ groups, currencies, items: packed }: PackedInventory): Inventory {
  const items = unpackItems(packed);
  let next = 0;
  return {
    groups: groups.map(({ buckets, ...group }) => ({
      ...group,
      buckets: buckets.map(({ itemCount, ...bucket }) => ({
        ...bucket,
        items: items.slice(next, (next += itemCount)),
      })),
    })),
    currencies,
  };
}
