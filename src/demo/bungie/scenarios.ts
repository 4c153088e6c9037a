/** Misbehaving demo accounts: what each answers instead of (or before) its data. */

import { PlatformErrorCode } from '../../shared/bungie-platform-error-codes.ts';
import type { Fault } from '../faults/fault.ts';
import { faultScenarios } from '../faults/fault-scenarios.ts';
import { errorBody, jsonReply, PlatformErrors, type Reply } from './envelope.ts';
import type { RosterAccount, ScenarioId } from './roster.ts';

export type CallKind = 'account' | 'inventory' | 'item';

export interface ScenarioOptions {
  slowMs: number;
}

const THROTTLE_SECONDS = 3;

/** Shaped like the ASP.NET error page the D1 stack showed during outages. */
const outagePage = `<!DOCTYPE html>
<html>
<head><title>Runtime Error</title>
<style>body{font-family:Verdana,sans-serif;font-size:.8em;background:#fff;color:#000}h1{font-size:1.8em;color:#b00}h2{font-size:1.3em;color:maroon}</style>
</head>
<body>
<h1>Server Error in '/d1' Application.<hr></h1>
<h2><i>Runtime Error</i></h2>
<p><b>Description:</b> An application error occurred on the server. The details of this error are hidden from remote callers.</p>
</body>
</html>
`;

/** Scenarios that are one fault on every call of the account, answered by the shared fault injector. */
export const scenarioFaults: Partial<Record<ScenarioId, Fault>> = {
  'maintenance-1618': { kind: 'maintenance', code: PlatformErrorCode.DestinyUnexpectedError },
  'server-error': faultScenarios['server-error'].fault,
  'truncated-json': faultScenarios['truncated-json'].fault,
  'malformed-json': faultScenarios['malformed-json'].fault,
  'dropped-connection': faultScenarios['dropped-connection'].fault,
};

export function createScenarios({ slowMs }: ScenarioOptions) {
  const requestsByPath = new Map<string, number>();
  /** Returns the reply that replaces the normal one, or undefined to carry on (after any delay). */
  return async function intercept(account: RosterAccount, call: CallKind, pathKey: string): Promise<Reply | undefined> {
    switch (account.scenario) {
      case 'maintenance':
        return jsonReply(errorBody(PlatformErrors.systemDisabled));
      case 'throttled':
      case 'throttled-31': {
        const count = (requestsByPath.get(pathKey) ?? 0) + 1;
        requestsByPath.set(pathKey, count);
        const error =
          account.scenario === 'throttled' ? PlatformErrors.throttled : PlatformErrors.throttleLimitExceeded;
        return count % 2 === 1 ? jsonReply(errorBody(error, THROTTLE_SECONDS)) : undefined;
      }
      case 'private':
        return call === 'account' ? undefined : jsonReply(errorBody(PlatformErrors.privacyRestriction));
      case 'html-outage':
        return { status: 500, contentType: 'text/html; charset=utf-8', body: outagePage };
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, slowMs));
        return undefined;
      default:
        return undefined;
    }
  };
}
