export type Release = () => void;

export interface ConcurrencyLimit {
  /** A slot, at once or after a wait in line; null when the line is full too. */
  acquire(): Promise<Release> | null;
}

/** At most `max` holders at a time and at most `maxQueued` waiting, served first come first served. */
export function createConcurrencyLimit(options: { max: number; maxQueued: number }): ConcurrencyLimit {
  let active = 0;
  const waiting: ((release: Release) => void)[] = [];

  function release() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      // The slot passes straight to the next in line, so `active` never dips below the cap under load.
      if (next) next(release());
      else active--;
    };
  }

  return {
    acquire() {
      if (active < options.max) {
        active++;
        return Promise.resolve(release());
      }
      if (waiting.length >= options.maxQueued) return null;
      return new Promise<Release>((resolve) => waiting.push(resolve));
    },
  };
}
