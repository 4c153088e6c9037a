import type { Fault, FaultProvider, FaultRule } from './fault.ts';

export interface PendingFault extends FaultRule {
  /** Matching requests still to fail. */
  left: number;
}

export type FaultQueue = ReturnType<typeof createFaultQueue>;

/** Faults queued for the next matching requests, first queued first used. */
export function createFaultQueue() {
  let pending: PendingFault[] = [];
  return {
    add(rule: FaultRule): void {
      pending.push({ ...rule, left: rule.times });
    },
    clear(): void {
      pending = [];
    },
    pending(): readonly PendingFault[] {
      return pending.map((entry) => ({ ...entry }));
    },
    /** The fault for this request, if one is queued; using it counts down its times. */
    take(provider: FaultProvider, target: string): Fault | undefined {
      const entry = pending.find((candidate) => candidate.provider === provider && target.includes(candidate.match));
      if (!entry) return undefined;
      entry.left -= 1;
      if (entry.left === 0) pending = pending.filter((candidate) => candidate !== entry);
      return entry.fault;
    },
  };
}
