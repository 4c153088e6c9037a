/** Each level's path below its parent, as the router nests them: account, character, item; compare under the account. */
export const destinyRoutePaths = {
  account: 'destiny/:membershipType/:membershipId',
  character: ':characterId',
  item: 'items/:itemInstanceId',
  compare: 'compare',
} as const;

const { account, character, item, compare } = destinyRoutePaths;

/** The whole path of each level: the share links are built from these and link previews read them. */
export const destinyPatterns = {
  account: `/${account}`,
  character: `/${account}/${character}`,
  item: `/${account}/${character}/${item}`,
  /** Items of every character and the vault, side by side. */
  compare: `/${account}/${compare}`,
} as const;
