/** Request helpers shared by the demo upstream's tests. */

import type { Hono } from 'hono';
import { bungieDemoDirectory, type DemoAccount } from './directory.ts';

export const apiKey = { 'X-API-Key': 'demo-test-key' };

// Fields the tests read; the wire format has many more.
export type Envelope = {
  Response?: any;
  ErrorCode: number;
  ThrottleSeconds: number;
  ErrorStatus: string;
  Message: string;
  MessageData: object;
};

export async function getJson(app: Hono, path: string, headers: Record<string, string> = apiKey): Promise<Envelope> {
  const response = await app.request(path, { headers });
  return (await response.json()) as Envelope;
}

export const accountPath = (account: { membershipType: number; membershipId: string }) =>
  `/Platform/Destiny/${account.membershipType}/Account/${account.membershipId}/`;

export const inventoryPath = (account: DemoAccount, characterId: string, definitions = false) =>
  `${accountPath(account)}Character/${characterId}/Inventory/${definitions ? '?definitions=true' : ''}`;

export const itemPath = (account: DemoAccount, characterId: string, itemInstanceId: string, definitions = false) =>
  `${accountPath(account)}Character/${characterId}/Inventory/${itemInstanceId}/${definitions ? '?definitions=true' : ''}`;

/** The everyday accounts' characters; the big vault has its own tests. */
export const demoCharacters = bungieDemoDirectory.accounts
  .filter((account) => !account.inventorySize)
  .flatMap((account) =>
    account.characters.map((character) => ({
      account,
      characterId: character.characterId,
      className: character.className,
    })),
  );

export const firstAccount = bungieDemoDirectory.accounts[0] as DemoAccount;
export const firstCharacterId = firstAccount.characters[0]?.characterId as string;

/** Every item of a GetCharacterInventory `data`, across all groups. */
export function allItems(data: { buckets: Record<string, { items: any[]; bucketHash: number }[]> }): any[] {
  return Object.values(data.buckets).flatMap((group) => group.flatMap((bucket) => bucket.items));
}

export const isUint32 = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
