/** One upstream body's share of the bytes in flight. */
export interface BodyHold {
  /** Counts `bytes` more of this body; false, counting nothing, when that would pass the budget. */
  take(bytes: number): boolean;
  /** Gives back all this body took; it may take no more after. */
  release(): void;
}

/**
 * Bytes of upstream bodies being received at once, all calls together: each body is read whole
 * before it is checked, kept or sent, so without this, many large answers at once (each within
 * its own cap) could together take any amount of memory. Past the budget a body is refused.
 */
export function createBodyBudget(maxBytes: number): () => BodyHold {
  let inFlight = 0;
  return () => {
    let held = 0;
    let released = false;
    return {
      take(bytes) {
        if (released || inFlight + bytes > maxBytes) return false;
        inFlight += bytes;
        held += bytes;
        return true;
      },
      release() {
        if (released) return;
        released = true;
        inFlight -= held;
      },
    };
  };
}
