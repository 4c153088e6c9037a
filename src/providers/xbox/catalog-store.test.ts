import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../query-client.ts';
import { CatalogStore } from './catalog-store.ts';

const GAME = '9GAME0000001';
const ADDON = '9ADDON000001';
const product = (id: string, title: string) => ({ ProductId: id, LocalizedProperties: [{ ProductTitle: title }] });
const outage = () =>
  Response.json(
    { error: { code: 'upstream_bad_response', message: 'The Store catalog answered HTTP 503.', provider: 'xbox' } },
    { status: 502 },
  );

/** Answers each catalog call with `answer(ids)`; the calls wait for `release()` when held. */
function stubCatalog(answer: (ids: string) => Response) {
  const held: (() => void)[] = [];
  let holding = true;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      return answer(new URL(url, 'http://app').searchParams.get('ids') ?? '');
    }),
  );
  return () => {
    holding = false;
    held.splice(0).forEach((release) => release());
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.unstubAllGlobals());

describe('the catalog followed outside React', () => {
  it('counts batches on their first try, adds each answer once, and reports a failed batch with a retry that names it', async () => {
    let down = true;
    const release = stubCatalog((ids) =>
      ids === ADDON && down
        ? outage()
        : Response.json({ Products: [product(ids, ids === GAME ? 'Crimson Harbor' : 'Season Pass')] }),
    );
    const store = new CatalogStore(createQueryClient({ retry: false }));
    const changes = vi.fn();
    store.subscribe(changes);
    const batches = [[GAME], [ADDON]];
    store.follow(batches);
    expect(store.getSnapshot().state).toMatchObject({ pending: 2, failed: 0 });
    release();
    await settled();
    const { answers, state } = store.getSnapshot();
    expect(answers.map((answer) => [...answer.keys()])).toEqual([[GAME]]);
    expect(state).toMatchObject({ pending: 0, failed: 1 });
    expect(state.error?.message).toContain('HTTP 503');
    expect(changes).toHaveBeenCalled();
    // The same batches again (a page with no new products): nothing changes.
    const before = store.getSnapshot();
    store.follow(batches);
    expect(store.getSnapshot()).toBe(before);
    down = false;
    state.retry();
    await settled();
    expect(store.getSnapshot().answers.map((answer) => answer.get(ADDON)?.title ?? answer.get(GAME)?.title)).toEqual([
      'Crimson Harbor',
      'Season Pass',
    ]);
    expect(store.getSnapshot().state).toMatchObject({ pending: 0, failed: 0, error: null });
    store.stop();
  });

  it('keeps only the answers of batches still followed when some are dropped', async () => {
    stubCatalog((ids) => Response.json({ Products: [product(ids, ids)] }))();
    const store = new CatalogStore(createQueryClient({ retry: false }));
    const game = [GAME];
    store.follow([game, [ADDON]]);
    await settled();
    expect(store.getSnapshot().answers).toHaveLength(2);
    store.follow([game]);
    expect(store.getSnapshot().answers.map((answer) => [...answer.keys()])).toEqual([[GAME]]);
    store.stop();
  });
});
