import { MAX_COMPARED } from './compare-params.ts';

/**
 * The items chosen for comparison, one list per scope (the path of the scope's compare page: a
 * Destiny account, a PlayFab character, Xbox). Kept in sessionStorage, so a choice survives moving
 * between pages and a reload, and ends with the tab.
 */

const PREFIX = 'gearview.compare:';
const EMPTY: readonly string[] = [];
const listeners = new Set<() => void>();
/** One array per scope until it changes: useSyncExternalStore compares snapshots by identity. */
const snapshots = new Map<string, readonly string[]>();

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // Storage refused (privacy settings): choices last as long as the page.
  }
}

export function chosenIds(scope: string): readonly string[] {
  const cached = snapshots.get(scope);
  if (cached) return cached;
  let ids = EMPTY;
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(PREFIX + scope) ?? '[]');
    if (Array.isArray(parsed)) ids = parsed.filter((id): id is string => typeof id === 'string').slice(0, MAX_COMPARED);
  } catch {
    // A damaged entry is an empty choice.
  }
  snapshots.set(scope, ids);
  return ids;
}

function setChosen(scope: string, ids: readonly string[]): void {
  snapshots.set(scope, ids.length ? ids : EMPTY);
  try {
    if (ids.length) storage()?.setItem(PREFIX + scope, JSON.stringify(ids));
    else storage()?.removeItem(PREFIX + scope);
  } catch {
    // Full or refused: the choice still holds for this page's life.
  }
  for (const listener of listeners) listener();
}

/** Adds the item, or takes it out when chosen already; past MAX_COMPARED nothing more is added. */
export function toggleChosen(scope: string, id: string): void {
  const ids = chosenIds(scope);
  if (ids.includes(id))
    setChosen(
      scope,
      ids.filter((other) => other !== id),
    );
  else if (ids.length < MAX_COMPARED) setChosen(scope, [...ids, id]);
}

export function clearChosen(scope: string): void {
  setChosen(scope, EMPTY);
}

export function subscribeChosen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
