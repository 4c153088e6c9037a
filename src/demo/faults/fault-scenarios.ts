/**
 * The faults every provider's demo shows as a standing scenario (a player, an account, a filter a
 * person can click), with one wording for all of them.
 */

import type { Fault } from './fault.ts';

export const faultScenarios = {
  timeout: {
    title: 'Upstream timeout',
    description:
      'Never answers: the proxy gives up after its timeout (UPSTREAM_TIMEOUT_MS) and says so, and Gearview tries twice more before showing it.',
    fault: { kind: 'timeout' },
  },
  'server-error': {
    title: 'HTTP 503, no body',
    description: 'A bare 503 Service Unavailable from a load balancer in front of the provider.',
    fault: { kind: 'server-error', status: 503 },
  },
  html: {
    title: 'HTML instead of JSON',
    description: 'HTTP 200 with a web page where JSON belongs, as a captive portal answers.',
    fault: { kind: 'html' },
  },
  'truncated-json': {
    title: 'Truncated JSON',
    description: 'The answer stops halfway through its JSON.',
    fault: { kind: 'truncated-json' },
  },
  'malformed-json': {
    title: 'Malformed JSON',
    description: 'The answer has one byte wrong, so its JSON does not parse.',
    fault: { kind: 'malformed-json' },
  },
  'dropped-connection': {
    title: 'Dropped connection',
    description: 'The connection breaks off halfway through the answer.',
    fault: { kind: 'dropped-connection' },
  },
} satisfies Record<string, { title: string; description: string; fault: Fault }>;

export type FaultScenarioId = keyof typeof faultScenarios;
