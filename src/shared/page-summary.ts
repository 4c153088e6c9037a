/**
 * Declared shared: what any page's link unfurls as, by provider, and whether its provider said
 * the thing it names does not exist (the server then answers 404).
 */

import { AppError } from '../inventory/app-error.ts';
import { maxQueryLength } from '../inventory/search/tokenize.ts';
import { destinyItemSummary, type ItemSummary, type ReadApi } from './destiny-item-summary.ts';
import { destinyPageSummary } from './destiny-page-summary.ts';
import { playfabPageSummary } from './playfab-page-summary.ts';
import { xboxPageSummary } from './xbox-page-summary.ts';

export type PageProvider = 'destiny' | 'playfab' | 'xbox';

/** Which provider's page a path is, for the server to judge before reading anything (private data). */
export function pageProvider(pathname: string): PageProvider | null {
  const [, first] = pathname.split('/');
  return first === 'destiny' || first === 'playfab' || first === 'xbox' ? first : null;
}

const summaries: Record<PageProvider, ((read: ReadApi, url: URL) => Promise<ItemSummary | null>)[]> = {
  destiny: [destinyItemSummary, destinyPageSummary],
  playfab: [playfabPageSummary],
  xbox: [xboxPageSummary],
};

/** The page behind `url` summed up, with what its search (`?q=`) looks for; null for a URL that is no such page. */
export async function pageSummary(read: ReadApi, url: URL): Promise<ItemSummary | null> {
  const provider = pageProvider(url.pathname);
  if (!provider) return null;
  for (const summary of summaries[provider]) {
    const found = await summary(read, url);
    if (found) return withSearch(found, url.searchParams.get('q'));
  }
  return null;
}

function withSearch(summary: ItemSummary, query: string | null): ItemSummary {
  const q = query?.trim().slice(0, maxQueryLength);
  return q
    ? {
        ...summary,
        title: `${summary.title}: search “${q}”`,
        description: `Items matching “${q}” · ${summary.description}`,
      }
    : summary;
}

/** A private page's tags: what kind of page it is, and nothing of its data. */
export function privateSummary(provider: Exclude<PageProvider, 'destiny'>): ItemSummary {
  const name = provider === 'playfab' ? 'PlayFab' : 'Xbox Live';
  return { title: `A ${name} page on Gearview`, description: `Sign in to see this ${name} page.`, image: null };
}

/** The API answered 404 for what the page names. */
export class PageNotFound extends Error {}

/** The provider, or the API, said the page's player, character or item does not exist. */
export const isNotFound = (error: unknown) =>
  (error instanceof AppError && error.kind === 'not-found') || error instanceof PageNotFound;
