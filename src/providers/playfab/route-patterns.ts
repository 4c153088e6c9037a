/** Each level's path below its parent, as the router nests them: player, character, item; compare under the character. */
export const playfabRoutePaths = {
  player: 'playfab/:titleId/players/:playFabId',
  character: 'characters/:characterId',
  item: 'items/:itemInstanceId',
  compare: 'compare',
} as const;

const { player, character, item, compare } = playfabRoutePaths;

/** The whole path of each level: the share links are built from these. */
export const playfabPatterns = {
  player: `/${player}`,
  character: `/${player}/${character}`,
  item: `/${player}/${character}/${item}`,
  /** A character's items side by side. */
  compare: `/${player}/${character}/${compare}`,
} as const;
