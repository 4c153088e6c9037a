/** Bungie's answer for one instanced item (6917529000000000001, a Rocket Launcher) named `name`: for tests of what a page does with upstream text. */
export const namedItemDetail = (name: string) => ({
  Response: {
    data: {
      item: { itemHash: 7, itemInstanceId: '6917529000000000001', stackSize: 1 },
      talentNodes: [],
      statsOnNodes: {},
      characterStatsToDisplay: [],
      materialItemHashes: [],
    },
    definitions: {
      items: { '7': { itemName: name, itemTypeName: 'Rocket Launcher', tierTypeName: 'Exotic', tierType: 6 } },
    },
  },
  ErrorCode: 1,
  ThrottleSeconds: 0,
  ErrorStatus: 'Success',
  Message: 'Ok',
  MessageData: {},
});
