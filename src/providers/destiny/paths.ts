/** App URLs of Destiny views: the share links. */
export const destinyPaths = {
  account: (membershipType: number, membershipId: string) => `/destiny/${membershipType}/${membershipId}`,
  inventory: (membershipType: number, membershipId: string, characterId: string) =>
    `/destiny/${membershipType}/${membershipId}/${characterId}`,
  item: (membershipType: number, membershipId: string, characterId: string, itemId: string) =>
    `/destiny/${membershipType}/${membershipId}/${characterId}/items/${itemId}`,
};
