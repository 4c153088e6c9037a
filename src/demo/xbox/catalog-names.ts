/**
 * The Store's words for the demo's invented products: titles, publishers and descriptions, each
 * chosen from the product id, so every run names a product alike. An add-on or consumable is named
 * after its game, as the Store names them.
 */

import { createRng, fnv1a } from '../rng.ts';

const adjectives = (
  'Crimson Silent Hollow Iron Distant Broken Golden Frozen Burning Last Shattered Wild Hidden Sunken Northern ' +
  'Electric Restless Lunar Forgotten Velvet Rusted Endless Radiant Savage Quiet Neon Ancient Twin Cobalt Amber'
).split(' ');
const nouns = (
  'Horizon Harbor Kingdom Circuit Frontier Orchard Signal Tides Citadel Lantern Expanse Outpost Requiem Drift ' +
  'Garden Meridian Skyline Forge Archive Pilgrim Rally Voyage Vanguard Bastion Reverie Hollowmere Canyon Relay'
).split(' ');
const subtitles = ['', '', '', ' II', ' III', ': Reborn', ': Origins', ' Remastered', ': Night Shift', ' Deluxe'];
const addOns = (
  'Season Pass|Expansion Pass|Soundtrack|Outfit Pack|Vehicle Pack|Story Chapter One|Story Chapter Two|' +
  'Digital Artbook|Map Pack|Weapon Crate|Photo Mode Filters|Legacy Costumes|Challenge Pack|Ultimate Upgrade'
).split('|');
const currencies = ['Coins', 'Gems', 'Credits', 'Crowns', 'Tokens', 'Shards'];
const publishers = (
  'Northwind Interactive|Bluefen Games|Halcyon Forge|Paper Lantern Studios|Ironbark Entertainment|' +
  'Quartermile Games|Tidewater Digital|Small Hours Studio|Greyhawk Publishing|Oaken Door Games'
).split('|');
const passes = ['Arcade Pass Ultimate', 'Arcade Pass Core', 'Cloud Play Plus', 'Collector Club'];

export interface ProductWords {
  title: string;
  shortTitle: string;
  publisher: string;
  description: string;
}

export function gameWords(gameId: string): ProductWords {
  const rng = createRng(fnv1a(`title:${gameId}`));
  const title = `${rng.pick(adjectives)} ${rng.pick(nouns)}${rng.pick(subtitles)}`;
  const publisher = rng.pick(publishers);
  return {
    title,
    shortTitle: title.split(':')[0]!,
    publisher,
    description: `${title} is an adventure from ${publisher}: explore, build and play with friends.`,
  };
}

export function addOnWords(productId: string, game: ProductWords): ProductWords {
  const rng = createRng(fnv1a(`addon:${productId}`));
  const title = `${game.shortTitle} ${rng.pick(addOns)}`;
  return { ...game, title, shortTitle: title, description: `Add-on for ${game.title}. Requires the game.` };
}

export function consumableWords(productId: string, game: ProductWords, quantity: number | undefined): ProductWords {
  const rng = createRng(fnv1a(`consumable:${productId}`));
  const title = `${game.shortTitle} ${rng.pick(currencies)}`;
  return {
    ...game,
    title,
    shortTitle: title,
    description: `In-game currency for ${game.title}, spent as you play${quantity ? `; bought in packs` : ''}.`,
  };
}

export function subscriptionWords(productId: string): ProductWords {
  const title = passes[fnv1a(`pass:${productId}`) % passes.length]!;
  return {
    title,
    shortTitle: title,
    publisher: 'Gearview Demo Store',
    description: `${title}: a library of games to play while the membership lasts.`,
  };
}
