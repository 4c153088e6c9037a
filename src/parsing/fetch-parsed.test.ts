import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../inventory/app-error.ts';
import { fetchParsed } from './fetch-parsed.ts';
import type { ParseTask, ParseTaskHandle } from './parse-task.ts';

const call = { path: '/api/playfab/B7C2D/Server/Shelf', body: { Shelf: 'S' }, provider: 'playfab' as const };

/** A task as a provider writes one: names read early, then the body checked. */
const shelf: ParseTask<string[], string[]> = {
  parse: (body) => {
    const names = (body as { names?: unknown }).names;
    if (!Array.isArray(names) || !names.every((name) => typeof name === 'string'))
      throw new AppError({ kind: 'bad-response', message: 'Not a shelf.' });
    return names;
  },
  earlyRead: (body) => String((body as { first?: unknown }).first ?? '').split(','),
};

/** Tests have no workers: tasks run in the page, loaded as they would be there. */
const inPage = <Result, Early>(task: ParseTask<Result, Early>): ParseTaskHandle<Result, Early> => ({
  startWorker: () => {
    throw new Error('no workers here');
  },
  loadInPage: async () => task,
});

function answer(body: unknown) {
  vi.stubGlobal(
    'fetch',
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchParsed', () => {
  it('hands over the early read before the result', async () => {
    answer({ first: 'v2', names: ['torch'] });
    const seen: string[] = [];
    const names = await fetchParsed(inPage(shelf), call, new AbortController().signal, (versions) =>
      seen.push(`early ${versions.join()}`),
    );
    seen.push(`result ${names.length}`);
    expect(seen).toEqual(['early v2', 'result 1']);
  });

  it('makes the early read before validating, so it comes even for a body that then fails', async () => {
    answer({ first: 'v1', names: [1] });
    const onEarly = vi.fn();
    const failure = await fetchParsed(inPage(shelf), call, new AbortController().signal, onEarly).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).kind).toBe('bad-response');
    expect(onEarly).toHaveBeenCalledExactlyOnceWith(['v1']);
  });

  it('makes no early read for a task without one', async () => {
    answer({ names: ['rope'] });
    const onEarly = vi.fn();
    const names = await fetchParsed(
      inPage({ parse: shelf.parse }),
      { path: '/api/bungie/x', provider: 'destiny' },
      new AbortController().signal,
      onEarly,
    );
    expect(names).toEqual(['rope']);
    expect(onEarly).not.toHaveBeenCalled();
  });
});
