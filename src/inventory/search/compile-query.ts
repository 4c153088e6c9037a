import type { BucketGroup, Item, StatValue } from '../model.ts';
import type { CompareOp, QueryNode } from './parse-query.ts';
import { createSearchContext, type SearchContext } from './search-context.ts';
import { isKeywords } from './search-keywords.ts';

export type ItemPredicate = (item: Item, bucketName: string) => boolean;

// Lower-cased text per item (name, type, description, perks and talent nodes), built once per item
// and reused by every keystroke's query.
const haystacks = new WeakMap<Item, string>();
function haystack(item: Item): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    const perks = item.perkNames?.length ? `\n${item.perkNames.join('\n')}` : '';
    text = `${item.name}\n${item.typeName}\n${item.description}${perks}`.toLowerCase();
    haystacks.set(item, text);
  }
  return text;
}

/** Builds every item's search text ahead of the first query (a pass over a whole vault). */
export function prepareSearchText(groups: BucketGroup[]): void {
  for (const group of groups) for (const bucket of group.buckets) for (const item of bucket.items) haystack(item);
}

/**
 * Names (types, tiers, buckets, perks, stats) repeat across a vault, and every keystroke's query
 * reads them for every item: each is folded once, not once per item per key, so typing makes less
 * garbage and fewer collections interrupt it.
 */
function cachedFold(fold: (text: string) => string): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) {
      // Names are a small vocabulary; the bound only keeps an unusual provider from growing it for ever.
      if (folded.size >= 10_000) folded.clear();
      result = fold(text);
      folded.set(text, result);
    }
    return result;
  };
}
const lower = cachedFold((text) => text.toLowerCase());
const squash = cachedFold((text) => text.toLowerCase().replace(/\s+/g, ''));

const compare: Record<CompareOp, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '=': (a, b) => a === b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};

/** Names that mean the item's headline number, whatever the provider calls it (Attack, Defense). */
const primaryAliases = new Set(['power', 'light', 'primary']);

function findStat(item: Item, name: string): StatValue | undefined {
  if (item.primaryStat && (primaryAliases.has(name) || squash(item.primaryStat.name) === name)) return item.primaryStat;
  for (const stat of item.stats) if (squash(stat.name) === name) return stat;
  return undefined;
}

const noContext = createSearchContext([]);

/**
 * Turns a parsed query into one predicate, so the tree is walked once, not once per item. `context`
 * answers the keywords about every item searched (`is:dupe`, `is:maxpower`); without it they match nothing.
 */
export function compileQuery(node: QueryNode | null, context: SearchContext = noContext): ItemPredicate {
  if (!node) return () => true;
  switch (node.type) {
    case 'and': {
      const left = compileQuery(node.left, context);
      const right = compileQuery(node.right, context);
      return (item, bucket) => left(item, bucket) && right(item, bucket);
    }
    case 'or': {
      const left = compileQuery(node.left, context);
      const right = compileQuery(node.right, context);
      return (item, bucket) => left(item, bucket) || right(item, bucket);
    }
    case 'not': {
      const operand = compileQuery(node.operand, context);
      return (item, bucket) => !operand(item, bucket);
    }
    case 'text': {
      const { value } = node;
      return (item) => haystack(item).includes(value);
    }
    case 'compare': {
      const test = compare[node.op];
      const { value } = node;
      if (node.key === 'quantity') return (item) => test(item.quantity, value);
      if (node.key === 'power' || node.key === 'light')
        return (item) => item.primaryStat !== undefined && test(item.primaryStat.value, value);
      const name = squash(node.stat);
      return (item) => {
        const stat = findStat(item, name);
        return stat !== undefined && test(stat.value, value);
      };
    }
    case 'filter':
      return compileFilter(node.key, node.value, context);
  }
}

function compileFilter(
  key: Extract<QueryNode, { type: 'filter' }>['key'],
  value: string,
  context: SearchContext,
): ItemPredicate {
  switch (key) {
    case 'is': {
      if (value === 'dupe' || value === 'maxpower') {
        // Worked out once for the groups, at the first query that asks; then a lookup per item.
        const found = context[value]();
        return (item) => found.has(item);
      }
      return isKeywords[value]!;
    }
    case 'tier':
      return (item) => item.tier === value || lower(item.tierName) === value;
    case 'type':
      return (item) => lower(item.typeName).includes(value);
    case 'bucket':
      return (_item, bucket) => lower(bucket).includes(value);
    case 'perk':
      return (item) => item.perkNames?.some((perk) => lower(perk).includes(value)) ?? false;
  }
}
