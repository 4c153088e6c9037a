/** App URLs of PlayFab views: the share links. */
export const playfabPaths = {
  player: (titleId: string, playFabId: string) => `/playfab/${titleId}/players/${playFabId}`,
  inventory: (titleId: string, playFabId: string, characterId: string) =>
    `/playfab/${titleId}/players/${playFabId}/characters/${characterId}`,
  item: (titleId: string, playFabId: string, characterId: string, itemInstanceId: string) =>
    `/playfab/${titleId}/players/${playFabId}/characters/${characterId}/items/${encodeURIComponent(itemInstanceId)}`,
};

export type PlayFabCallName = 'GetCharacterInventory' | 'GetCatalogItems' | 'GetAllUsersCharacters';

/** The proxy URL of one of the three allowlisted Server calls. */
export const playfabApiPath = (titleId: string, call: PlayFabCallName) => `/api/playfab/${titleId}/Server/${call}`;
