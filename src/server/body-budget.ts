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
 * its own cap) could together take any amount of memory. Past the budget a body is refused,
 * except the oldest: bodies arriving side by side would otherwise fill the budget together and
 * all be refused, none finishing. So memory stays within the budget plus one body's own cap.
 */
export function createBodyBudget(maxBytes: number): () => BodyHold {
  let inFlight = 0;
  // Insertion order is age.
  const holds = new Set<BodyHold>();
  return () => {
    let held = 0;
    const hold: BodyHold = {
      take(bytes) {
        if (!holds.has(hold)) return false;
        if (inFlight + bytes > maxBytes && holds.values().next().value !== hold) return false;
        inFlight += bytes;
        held += bytes;
        return true;
      },
      release() {
        if (!holds.delete(hold)) return;
        inFlight -= held;
      },
    };
    holds.add(hold);
    return hold;
  };
}
