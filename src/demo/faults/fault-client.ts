/** Typed calls to a demo upstream's fault control channel, for tests. */

import type { FaultRuleInput } from './fault.ts';
import { FAULTS_PATH } from './fault-control.ts';

/** Queues a fault for the next `times` (default 1) calls of a provider whose path and query contain `match`. */
export async function queueFault(demoOrigin: string, rule: FaultRuleInput): Promise<void> {
  const response = await fetch(`${demoOrigin}${FAULTS_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (response.status !== 201) throw new Error(`the demo refused the fault: ${await response.text()}`);
}

/** Faults still waiting for a matching request. */
export async function pendingFaults(demoOrigin: string): Promise<(FaultRuleInput & { left: number })[]> {
  const response = await fetch(`${demoOrigin}${FAULTS_PATH}`);
  return ((await response.json()) as { pending: (FaultRuleInput & { left: number })[] }).pending;
}

export async function clearFaults(demoOrigin: string): Promise<void> {
  await fetch(`${demoOrigin}${FAULTS_PATH}`, { method: 'DELETE' });
}
