/** Each level's path below its parent, as the router nests them: player, character, item. */
export const playfabRoutePaths = {
  player: 'playfab/:titleId/players/:playFabId',
  character: 'characters/:characterId',
  item: 'items/:itemInstanceId',
} as const;

const { player, character, item } = playfabRoutePaths;

/** The whole path of each level: the share links are built from these. */
export const playfabPatterns = {
  player: `/${player}`,
  character: `/${player}/${character}`,
  item: `/${player}/${character}/${item}`,
} as const;
