import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_COMPARED } from './compare-params.ts';

/** A fresh module and storage per test: the store keeps its snapshots in the module. */
async function freshStore() {
  vi.resetModules();
  return import('./compare-store.ts');
}

class MemoryStorage {
  readonly entries = new Map<string, string>();
  getItem = (key: string) => this.entries.get(key) ?? null;
  setItem = (key: string, value: string) => void this.entries.set(key, value);
  removeItem = (key: string) => void this.entries.delete(key);
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('sessionStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('the compare store', () => {
  it('adds and takes out an item per scope, keeping scopes apart', async () => {
    const store = await freshStore();
    store.toggleChosen('/a', '1');
    store.toggleChosen('/a', '2');
    store.toggleChosen('/b', '9');
    store.toggleChosen('/a', '1');
    expect(store.chosenIds('/a')).toEqual(['2']);
    expect(store.chosenIds('/b')).toEqual(['9']);
  });

  it('survives a reload: a new page reads what the last one kept', async () => {
    (await freshStore()).toggleChosen('/a', '1');
    expect((await freshStore()).chosenIds('/a')).toEqual(['1']);
  });

  it('tells subscribers of every change and keeps a snapshot until one', async () => {
    const store = await freshStore();
    const listener = vi.fn();
    store.subscribeChosen(listener);
    const before = store.chosenIds('/a');
    expect(store.chosenIds('/a')).toBe(before);
    store.toggleChosen('/a', '1');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.chosenIds('/a')).not.toBe(before);
    store.clearChosen('/a');
    expect(store.chosenIds('/a')).toEqual([]);
    expect(storage.entries.size).toBe(0);
  });

  it(`holds at most ${MAX_COMPARED}`, async () => {
    const store = await freshStore();
    for (let id = 0; id < MAX_COMPARED + 2; id++) store.toggleChosen('/a', String(id));
    expect(store.chosenIds('/a')).toHaveLength(MAX_COMPARED);
  });

  it('reads a damaged entry as no choice', async () => {
    storage.setItem('gearview.compare:/a', '{not json');
    storage.setItem('gearview.compare:/b', '[1, "2"]');
    const store = await freshStore();
    expect(store.chosenIds('/a')).toEqual([]);
    expect(store.chosenIds('/b')).toEqual(['2']);
  });
});
