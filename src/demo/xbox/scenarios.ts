/**
 * Xbox Live has one account, the caller's own, so its scenarios are reserved product ids: a
 * `productIds` filter naming one makes the inventory call answer that fault. Real product ids are
 * 12 letters and digits, so these never collide with one.
 */

import type { Fault } from '../faults/fault.ts';
import { faultScenarios, type FaultScenarioId } from '../faults/fault-scenarios.ts';

const PREFIX = 'demo-fault-';
const THROTTLE_SECONDS = 3;

type XboxScenarioId = FaultScenarioId | 'throttled';

const faults: Record<XboxScenarioId, { title: string; description: string; fault: Fault }> = {
  ...faultScenarios,
  throttled: {
    title: 'Rate limited',
    description: `HTTP 429 with Retry-After ${THROTTLE_SECONDS} and the burst-limit body, once; the retry succeeds.`,
    fault: { kind: 'throttled', seconds: THROTTLE_SECONDS },
  },
};

/** The fault a filter asks for, if it names a reserved product id. */
export function scenarioFault(productIds: string[] | undefined): { id: XboxScenarioId; fault: Fault } | undefined {
  const id = productIds?.find((productId) => productId.startsWith(PREFIX))?.slice(PREFIX.length);
  return id && id in faults ? { id: id as XboxScenarioId, fault: faults[id as XboxScenarioId].fault } : undefined;
}

/** For `/api/config` and the start page: each scenario as the filter that shows it. */
export const xboxDemoDirectory = {
  scenarios: Object.entries(faults).map(([id, { title, description }]) => ({
    id,
    title,
    description,
    productIds: `${PREFIX}${id}`,
  })),
};
