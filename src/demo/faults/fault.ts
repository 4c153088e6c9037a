/**
 * What a demo upstream can be told to do instead of answering normally: the ways real providers
 * fail, so every failure path of the proxy and the app can be shown and tested on demand.
 */

import * as v from 'valibot';
import { PlatformErrorCode } from '../../shared/bungie-platform-error-codes.ts';

export type FaultProvider = 'bungie' | 'playfab' | 'xbox';

const faultSchema = v.variant('kind', [
  /** Answers normally, after a delay. */
  v.object({ kind: v.literal('latency'), ms: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120_000)) }),
  /** Never answers while the caller waits: longer than any proxy timeout. */
  v.object({ kind: v.literal('timeout') }),
  /** A bare 5xx from a load balancer in front of the provider: no provider envelope. */
  v.object({ kind: v.literal('server-error'), status: v.picklist([500, 502, 503]) }),
  /** HTTP 200 with an HTML page where JSON belongs, as a portal or misrouted CDN answers. */
  v.object({ kind: v.literal('html') }),
  /** The normal answer cut in half, still labelled JSON. */
  v.object({ kind: v.literal('truncated-json') }),
  /** The normal answer with one byte wrong, so it no longer parses. */
  v.object({ kind: v.literal('malformed-json') }),
  /** The normal answer, labelled text/plain, as some gateways relabel JSON. */
  v.object({ kind: v.literal('json-as-text') }),
  /** Headers and half the body, then the connection is destroyed. */
  v.object({ kind: v.literal('dropped-connection') }),
  /** The provider's own throttling answer; `code` picks Bungie's ErrorCode (36 or 31). */
  v.object({
    kind: v.literal('throttled'),
    seconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600)),
    code: v.optional(
      v.picklist([PlatformErrorCode.ThrottleLimitExceeded, PlatformErrorCode.ThrottleLimitExceededMomentarily]),
    ),
  }),
  /** Bungie's maintenance answers: ErrorCode 5 (SystemDisabled) or 1618 (as HTTP 500). */
  v.object({
    kind: v.literal('maintenance'),
    code: v.optional(v.picklist([PlatformErrorCode.SystemDisabled, PlatformErrorCode.DestinyUnexpectedError])),
  }),
]);

export type Fault = v.InferOutput<typeof faultSchema>;
export type FaultKind = Fault['kind'];

const MAX_TIMES = 1000;

const faultRuleSchema = v.pipe(
  v.object({
    provider: v.picklist(['bungie', 'playfab', 'xbox']),
    /** A substring of the upstream path and query; absent or empty matches every call. */
    match: v.optional(v.string(), ''),
    fault: faultSchema,
    /** How many matching requests the fault applies to. */
    times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TIMES)), 1),
  }),
  v.check(
    (rule) =>
      rule.provider === 'bungie' ||
      (rule.fault.kind !== 'maintenance' && !(rule.fault.kind === 'throttled' && rule.fault.code)),
    'maintenance and throttle error codes are Bungie faults only',
  ),
);

export type FaultRule = v.InferOutput<typeof faultRuleSchema>;
/** A rule as tests and people write it: match and times may be left out. */
export type FaultRuleInput = v.InferInput<typeof faultRuleSchema>;

/** A valid rule, or the reason the body is not one. */
export function parseFaultRule(body: unknown): { ok: true; rule: FaultRule } | { ok: false; message: string } {
  const parsed = v.safeParse(faultRuleSchema, body);
  if (parsed.success) return { ok: true, rule: parsed.output };
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return { ok: false, message: `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid fault rule'}` };
}
