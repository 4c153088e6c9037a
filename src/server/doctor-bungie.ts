/**
 * The doctor's Bungie check: SearchDestinyPlayer through the proxy decides whether the key is
 * accepted; GetAccount with `definitions=true` for the player found decides whether Bungie still
 * sends definitions. A prefix that does not answer as the Destiny 1 API is retried under the other
 * well-known prefix, so the line can say what to set.
 */

import { apiKeyCodes, PlatformErrorCode as Code, throttleCodes } from '../shared/bungie-platform-error-codes.ts';
import { DEFAULT_UPSTREAM_PLATFORM_PREFIX } from './bungie-paths.ts';
import { ask, describeProxyError, isRecord, type Answer, type ApiFetch, type Check } from './doctor-answer.ts';

export interface BungiePlayer {
  membershipType: string;
  displayName: string;
}

export interface BungieCheck extends Check {
  /** Whether `Response.definitions` came back; undefined when no account could be asked. */
  definitions?: boolean;
}

/** Where bungie.net has served Destiny 1 since 2017, and the original prefix. */
const WELL_KNOWN_PREFIXES = [DEFAULT_UPSTREAM_PLATFORM_PREFIX, '/Platform/Destiny/'];

interface Envelope {
  ErrorCode: number;
  ErrorStatus: string;
  Message: string;
  Response?: unknown;
}

type Probe =
  | { kind: 'answered'; ok: boolean; code: number; definitions?: boolean; say(at: string): string }
  | { kind: 'not-the-api'; why: string }
  | { kind: 'failed'; reachable: boolean; text: string };

export async function checkBungie(deps: {
  api: ApiFetch;
  origin: string;
  prefix: string;
  player: BungiePlayer;
  /** The app again, under another `BUNGIE_PLATFORM_PREFIX`; closed when done. */
  openWithPrefix(prefix: string): Promise<{ api: ApiFetch; close(): Promise<void> }>;
}): Promise<BungieCheck> {
  const at = deps.origin + deps.prefix;
  const probe = await probeBungie(deps.api, deps.player);
  const asAnswered = (answered: Extract<Probe, { kind: 'answered' }>): BungieCheck => ({
    ok: answered.ok,
    reachable: true,
    answeredAt: at,
    definitions: answered.definitions,
    text: answered.say(at),
  });
  // A key answer means the prefix reached the API, so another prefix would not help.
  if (probe.kind === 'answered' && (probe.ok || apiKeyCodes.has(probe.code))) return asAnswered(probe);
  if (probe.kind === 'failed') return { ok: false, reachable: probe.reachable, text: probe.text };

  // An error envelope (maintenance, an unknown code) may be how a server answers a path it retired: see whether the other prefix works.
  const notHere =
    probe.kind === 'answered' ? probe.say(at) : `${at} does not answer as the Destiny 1 API (${probe.why})`;
  const others = WELL_KNOWN_PREFIXES.filter((candidate) => candidate.toLowerCase() !== deps.prefix.toLowerCase());
  for (const prefix of others) {
    const other = await deps.openWithPrefix(prefix);
    try {
      const found = await probeBungie(other.api, deps.player);
      if (found.kind === 'answered' && (found.ok || probe.kind !== 'answered')) {
        const otherAt = deps.origin + prefix;
        return {
          ok: false,
          reachable: true,
          answeredAt: otherAt,
          definitions: found.definitions,
          text: `${notHere}; ${found.say(otherAt)}; set BUNGIE_PLATFORM_PREFIX=${prefix}`,
        };
      }
    } finally {
      await other.close();
    }
  }
  if (probe.kind === 'answered') return asAnswered(probe);
  return {
    ok: false,
    reachable: true,
    text: `${notHere}, nor does ${others.map((prefix) => deps.origin + prefix).join(' or ')}`,
  };
}

/** One search, and the account call when it found someone; `say` words the outcome for the prefix URL that answered. */
async function probeBungie(api: ApiFetch, player: BungiePlayer): Promise<Probe> {
  const search = await ask(
    api,
    `/api/bungie/Platform/Destiny/SearchDestinyPlayer/${player.membershipType}/${encodeURIComponent(player.displayName)}/`,
  );
  const envelope = envelopeOf(search);
  if (!envelope) return notAnEnvelope(search);
  if (envelope.ErrorCode !== Code.Success)
    return { kind: 'answered', ok: false, code: envelope.ErrorCode, say: (at) => refusal(envelope, at) };

  const found = Array.isArray(envelope.Response) ? envelope.Response.find(isMember) : undefined;
  if (!found) {
    return {
      kind: 'answered',
      ok: true,
      code: Code.Success,
      say: (at) =>
        `key accepted at ${at}; definitions not checked: nobody named ${player.displayName} on membershipType ${player.membershipType} (name one with --bungie-player=<membershipType>/<displayName>)`,
    };
  }
  const account = await ask(
    api,
    `/api/bungie/Platform/Destiny/${found.membershipType}/Account/${found.membershipId}/?definitions=true`,
  );
  const accountEnvelope = envelopeOf(account);
  if (!accountEnvelope || accountEnvelope.ErrorCode !== Code.Success) {
    const why = accountEnvelope
      ? `${accountEnvelope.ErrorCode} ${accountEnvelope.ErrorStatus}`
      : account.kind === 'proxy'
        ? account.code
        : `HTTP ${account.status}`;
    return {
      kind: 'answered',
      ok: true,
      code: Code.Success,
      say: (at) => `key accepted at ${at}; definitions not checked: GetAccount answered ${why}`,
    };
  }
  const definitions = isRecord(accountEnvelope.Response) && isRecord(accountEnvelope.Response.definitions);
  const said = definitions
    ? 'definitions=true honoured'
    : 'definitions=true ignored: answers come without definitions, so item names will be missing';
  return { kind: 'answered', ok: true, code: Code.Success, definitions, say: (at) => `key accepted at ${at}; ${said}` };
}

function envelopeOf(answer: Answer): Envelope | undefined {
  if (answer.kind !== 'provider' || !isRecord(answer.body) || typeof answer.body.ErrorCode !== 'number')
    return undefined;
  const { ErrorCode, ErrorStatus, Message, Response } = answer.body;
  return { ErrorCode, ErrorStatus: String(ErrorStatus ?? ''), Message: String(Message ?? ''), Response };
}

/** An answer that is no envelope: an HTML page, a bare 404 or foreign JSON means the prefix is wrong. */
function notAnEnvelope(answer: Answer): Probe {
  if (answer.kind === 'provider')
    return { kind: 'not-the-api', why: `HTTP ${answer.status} without a Bungie envelope` };
  if (answer.code === 'not_found' || answer.code === 'upstream_bad_response')
    return { kind: 'not-the-api', why: answer.message.replace(/\.$/, '') };
  return { kind: 'failed', ...describeProxyError(answer) };
}

/** Bungie's own answer, with what it means for a deployer where the reference says. */
function refusal(envelope: Envelope, at: string): string {
  const own = `${envelope.ErrorCode} ${envelope.ErrorStatus} ("${envelope.Message}")`;
  if (envelope.ErrorCode === Code.ApiInvalidOrExpiredKey) return `key refused at ${at}: ${own}`;
  if (envelope.ErrorCode === Code.ApiKeyMissingFromRequest) return `key missing at ${at}: ${own}`;
  if (envelope.ErrorCode === Code.OriginHeaderDoesNotMatchKey) return `key bound to another origin at ${at}: ${own}`;
  if (envelope.ErrorCode === Code.SystemDisabled) return `down for maintenance at ${at}: ${own}`;
  if (throttleCodes.has(envelope.ErrorCode)) return `throttled at ${at}, try again shortly: ${own}`;
  return `${at} answered ${own}`;
}

function isMember(value: unknown): value is { membershipType: number; membershipId: string } {
  return isRecord(value) && typeof value.membershipType === 'number' && typeof value.membershipId === 'string';
}
