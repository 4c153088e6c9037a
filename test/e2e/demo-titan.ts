import { bungieDemoDirectory } from '../../src/demo/bungie/directory.ts';

/** The first demo account and its Titan: the character most end-to-end tests browse. */
const [first] = bungieDemoDirectory.accounts;
if (!first) throw new Error('the demo directory has no accounts');
export const account = first;

const titan = account.characters.find((c) => c.className === 'Titan');
if (!titan) throw new Error('the first demo account has no Titan');

export const inventoryPath = `/destiny/${account.membershipType}/${account.membershipId}/${titan.characterId}`;
