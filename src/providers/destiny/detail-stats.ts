import type { DetailStat } from '../../inventory/model.ts';
import type { RawItemDetailDefinitions } from './schema.ts';

type Stat = { statHash: number; value: number; maximumValue: number };

/** The game's own order: how it fires, then how it handles, then armour's three. Unknown stats follow. */
const order = [
  'STAT_RATE_OF_FIRE',
  'STAT_BASE_DAMAGE',
  'STAT_BLAST_RADIUS',
  'STAT_PROJECTILE_SPEED',
  'STAT_CHARGE_TIME',
  'STAT_DRAW_TIME',
  'STAT_RANGE',
  'STAT_STABILITY',
  'STAT_RELOAD',
  'STAT_MAGAZINE_SIZE',
  'STAT_INVENTORY_SIZE',
  'STAT_INTELLECT',
  'STAT_DISCIPLINE',
  'STAT_STRENGTH',
  'STAT_AIM_ASSISTANCE',
  'STAT_RECOIL_DIRECTION',
  'STAT_OPTICS',
  'STAT_EQUIP_SPEED',
];
/** Counts, not ratings: no bar makes sense. */
const countStats = new Set(['STAT_MAGAZINE_SIZE', 'STAT_INVENTORY_SIZE']);
const countNames = /magazine|inventory size|rounds per minute/i;
/** Only the item definition lists these; the game never showed them. */
const hiddenStats = new Set(['STAT_AIM_ASSISTANCE', 'STAT_RECOIL_DIRECTION', 'STAT_OPTICS', 'STAT_EQUIP_SPEED']);
/** What Bungie lists on an instance whenever its definition has it (reference §5.1); others are hidden or primary. */
const instanceStats = new Set([
  'STAT_RATE_OF_FIRE',
  'STAT_BASE_DAMAGE',
  'STAT_BLAST_RADIUS',
  'STAT_PROJECTILE_SPEED',
  'STAT_CHARGE_TIME',
  'STAT_RANGE',
  'STAT_STABILITY',
  'STAT_RELOAD',
  'STAT_MAGAZINE_SIZE',
  'STAT_INTELLECT',
  'STAT_DISCIPLINE',
  'STAT_STRENGTH',
]);
const smallerBetter = new Set(['STAT_CHARGE_TIME', 'STAT_DRAW_TIME']);
const smallerBetterNames = /\b(charge|draw) time\b/i;
/** Ratings run 0 to 100 when nothing says otherwise. */
const RATING_MAXIMUM = 100;

function rank(identifier: string | undefined): number {
  const index = identifier ? order.indexOf(identifier) : -1;
  return index === -1 ? order.length : index;
}

/**
 * The item's stats, ordered and classified. Displayed stats come from the instance; hidden ones
 * from the definition, moved by what the active talent nodes contribute (`activeBonus`).
 */
export function adaptDetailStats(
  definitions: RawItemDetailDefinitions,
  itemHash: number,
  shown: readonly Stat[],
  activeBonus: ReadonlyMap<number, number>,
): DetailStat[] {
  const definition = definitions.items[itemHash];
  const shownHashes = new Set(shown.map((stat) => stat.statHash));
  const hidden = Object.values(definition?.stats ?? {})
    .filter(
      (stat) =>
        !shownHashes.has(stat.statHash) && hiddenStats.has(definitions.stats[stat.statHash]?.statIdentifier ?? ''),
    )
    .map((stat) => {
      const value = stat.value + (activeBonus.get(stat.statHash) ?? 0);
      return {
        statHash: stat.statHash,
        value: stat.maximum >= stat.value ? Math.min(value, stat.maximum) : value,
        maximumValue: RATING_MAXIMUM,
      };
    });

  return [...shown, ...hidden]
    .map((stat, position) => {
      const info = definitions.stats[stat.statHash];
      const identifier = info?.statIdentifier;
      const name = info?.statName || `Stat ${stat.statHash}`;
      // Armour sends maximumValue 0; its definition knows the best roll.
      const maximum = stat.maximumValue > 0 ? stat.maximumValue : definition?.stats[stat.statHash]?.maximum || 0;
      const counted = countStats.has(identifier ?? '') || countNames.test(name);
      const detail: DetailStat = {
        id: String(stat.statHash),
        name,
        value: stat.value,
        maximum: Math.max(maximum, stat.value),
        display: counted || maximum <= 0 ? 'number' : 'bar',
        hidden: hiddenStats.has(identifier ?? ''),
        smallerIsBetter: smallerBetter.has(identifier ?? '') || smallerBetterNames.test(name),
      };
      return { detail, key: rank(identifier) * 1000 + position };
    })
    .sort((a, b) => a.key - b.key)
    .map(({ detail }) => detail);
}

export interface StatsNotSent {
  sent: number;
  defined: number;
  /** Names of the stats left out. */
  missing: string[];
}

/** Stats the item's definition has and the instance should list but did not; undefined when nothing is missing. */
export function statsNotSent(
  definitions: RawItemDetailDefinitions,
  itemHash: number,
  shown: readonly Stat[],
): StatsNotSent | undefined {
  const sent = new Set(shown.map((stat) => stat.statHash));
  const expected = Object.values(definitions.items[itemHash]?.stats ?? {})
    .map((stat) => stat.statHash)
    .filter((statHash) => instanceStats.has(definitions.stats[statHash]?.statIdentifier ?? ''));
  const missing = expected.filter((statHash) => !sent.has(statHash));
  if (missing.length === 0) return undefined;
  return {
    sent: expected.length - missing.length,
    defined: expected.length,
    missing: missing.map((statHash) => definitions.stats[statHash]?.statName || `Stat ${statHash}`),
  };
}
