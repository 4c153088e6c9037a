import type { ProviderId } from '../model.ts';
import { providerWords } from './provider-words.ts';
import type { FilterKey } from './search-keywords.ts';

/** One line of the search help: queries to copy and what they match. */
export interface HelpLine {
  examples: string[];
  meaning: string;
}

type PerProvider<T> = T | (Partial<Record<ProviderId, T>> & { default: T });
const pick = <T>(value: PerProvider<T>, provider: ProviderId): T =>
  typeof value === 'object' && value !== null && 'default' in value ? (value[provider] ?? value.default) : (value as T);

interface KeywordLine {
  keywords: string[];
  meaning: PerProvider<string>;
}

/** The `is:` keywords, a line for each few that belong together; a provider sees those it knows. */
const keywordLines: KeywordLine[] = [
  { keywords: ['equipped'], meaning: 'Equipped on its character' },
  { keywords: ['locked'], meaning: { default: 'Locked in the game', xbox: 'Suspended' } },
  { keywords: ['weapon', 'armor'], meaning: 'A weapon, or armour (read from the bucket, else the type)' },
  { keywords: ['consumable', 'stackable'], meaning: 'Used up when used; or comes in stacks' },
  {
    keywords: ['expired', 'expiring', 'trial', 'bundle'],
    meaning: {
      default: 'Past its end date, or ending within a day; a trial; a bundle of other items',
      playfab: 'Past its expiry, or expiring within a day; a bundle of other items',
      xbox: 'An expired entitlement; a trial',
    },
  },
  {
    keywords: ['dupe'],
    meaning: 'Another copy of the same item is among those searched (on an account: every character and the vault)',
  },
  {
    keywords: ['maxpower'],
    meaning: 'The highest power in its slot among those searched (ties all count)',
  },
  {
    keywords: ['basic', 'common', 'uncommon', 'rare', 'legendary', 'exotic', 'currency'],
    meaning: 'The tier',
  },
];

interface FilterLine {
  key: FilterKey | 'text' | 'combine';
  examples: PerProvider<string[]>;
  meaning: PerProvider<string>;
}

const filterLines: FilterLine[] = [
  {
    key: 'text',
    examples: { default: ['iron', '"hand cannon"'], playfab: ['potion', '"iron sword"'], xbox: ['game', '"add-on"'] },
    meaning: {
      default: 'The name, type or description contains the word or the quoted phrase (any letter case)',
      destiny: 'The name, type, description, a perk or a talent node contains the word or the quoted phrase',
    },
  },
  {
    key: 'tier',
    examples: ['tier:legendary'],
    meaning: { default: "The tier, or the provider's name for it", xbox: 'The tier, or the status (tier:trial)' },
  },
  {
    key: 'type',
    examples: { default: ['type:"auto rifle"'], playfab: ['type:weapon'], xbox: ['type:add-on'] },
    meaning: 'The type contains the value',
  },
  {
    key: 'bucket',
    examples: { default: ['bucket:ghost'], playfab: ['bucket:armor'], xbox: ['bucket:subscriptions'] },
    meaning: 'The bucket (the section of the grid) contains the value',
  },
  { key: 'perk', examples: ['perk:scope'], meaning: 'A perk or talent node contains the value' },
  {
    key: 'stat',
    examples: ['stat:impact>=40', 'stat:"rate of fire"<60'],
    meaning: 'A stat compared with < <= = >= >; stat:power means the headline stat',
  },
  {
    key: 'power',
    examples: ['power:>=300', 'power:300'],
    meaning: 'The headline stat (Attack, Defense) compared; a bare number means equal',
  },
  { key: 'light', examples: ['light:>300'], meaning: 'The same as power:' },
  {
    key: 'quantity',
    examples: ['quantity:>10', 'quantity:1'],
    meaning: 'The stack size compared the same way',
  },
  {
    key: 'combine',
    examples: {
      default: ['-is:locked', 'a or b', 'not (a b)'],
      playfab: ['-is:expired', 'a or b', 'not (a b)'],
      xbox: ['-is:trial', 'a or b', 'not (a b)'],
    },
    meaning: 'Leave out, either, group; words side by side must all match',
  },
];

/** Every filter and keyword of the provider's search, each with an example. */
export function searchHelp(provider: ProviderId): HelpLine[] {
  const words = providerWords[provider];
  const lines: HelpLine[] = [];
  for (const line of filterLines) {
    if (line.key !== 'text' && line.key !== 'combine' && !words.filterKeys.includes(line.key)) continue;
    lines.push({ examples: pick(line.examples, provider), meaning: pick(line.meaning, provider) });
    if (line.key !== 'text') continue;
    // The keywords come straight after free text: they are the words most searches start with.
    for (const keywordLine of keywordLines) {
      const known = keywordLine.keywords.filter((keyword) => words.isKeywords.includes(keyword));
      if (known.length > 0)
        lines.push({ examples: known.map((keyword) => `is:${keyword}`), meaning: pick(keywordLine.meaning, provider) });
    }
  }
  return lines;
}
