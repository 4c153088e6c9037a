/** Each level's path below its parent, as the router nests them: account, character, item. */
export const destinyRoutePaths = {
  account: 'destiny/:membershipType/:membershipId',
  character: ':characterId',
  item: 'items/:itemInstanceId',
} as const;

const { account, character, item } = destinyRoutePaths;

/** The whole path of each level: the share links are built from these and link previews read them. */
export const destinyPatterns = {
  account: `/${account}`,
  character: `/${account}/${character}`,
  item: `/${account}/${character}/${item}`,
} as const;
