import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../inventory/app-error.ts';
import { ok } from '../../test/fixtures/playfab.ts';
import { fetchParsed } from './fetch-parsed.ts';

const call = {
  path: '/api/playfab/B7C2D/Server/GetCharacterInventory',
  body: { PlayFabId: 'P', CharacterId: 'C' },
  provider: 'playfab' as const,
};

function answer(body: unknown) {
  vi.stubGlobal(
    'fetch',
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchParsed', () => {
  it('hands over the early read before the result', async () => {
    answer(ok({ Inventory: [{ ItemId: 'torch', ItemInstanceId: 'A1', CatalogVersion: 'v2' }] }));
    const seen: string[] = [];
    const raw = await fetchParsed('playfab.inventory', call, new AbortController().signal, (versions) =>
      seen.push(`early ${versions.join()}`),
    );
    seen.push(`result ${raw.Inventory.length}`);
    expect(seen).toEqual(['early v2', 'result 1']);
  });

  it('makes the early read before validating, so it comes even for a body that then fails', async () => {
    answer(ok({ Inventory: [{ ItemId: 'torch', CatalogVersion: 'v1' }] }));
    const onEarly = vi.fn();
    const failure = await fetchParsed('playfab.inventory', call, new AbortController().signal, onEarly).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).kind).toBe('bad-response');
    expect(onEarly).toHaveBeenCalledExactlyOnceWith(['v1']);
  });

  it('makes no early read for a task without one', async () => {
    answer({ ErrorCode: 1, ErrorStatus: 'Success', Message: 'Ok', Response: {} });
    const onEarly = vi.fn();
    await fetchParsed(
      'destiny.inventory',
      { path: '/api/bungie/x', provider: 'destiny' },
      new AbortController().signal,
      onEarly as never,
    ).catch(() => {});
    expect(onEarly).not.toHaveBeenCalled();
  });
});
