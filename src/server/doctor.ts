/**
 * `npm run doctor`: one cheap call per provider through the real proxy app, built from the
 * configured environment, so the check takes the browser's path (allowlist, headers, prefix,
 * transport). One line per provider; the exit status fails when a live provider does.
 * Runtime-neutral: the entry hands in how to start the app.
 */

import { bungieDemoDirectory } from '../demo/bungie/directory.ts';
import type { ProviderName, ServerConfig } from './config.ts';
import type { ApiFetch, Check } from './doctor-answer.ts';
import { checkBungie, type BungiePlayer } from './doctor-bungie.ts';
import { checkPlayFab } from './doctor-playfab.ts';
import { checkXbox } from './doctor-xbox.ts';

type Env = Record<string, string | undefined>;

/** How the entry starts the proxy app for an environment (on Node: startNodeApi with a silent log). */
export type StartApi = (
  env: Env,
) => Promise<{ app: { fetch: ApiFetch }; config: ServerConfig; close(): Promise<void> }>;

export interface DoctorOptions {
  bungiePlayer: BungiePlayer;
  playfabTitleId?: string;
}

export interface ProviderReport extends Check {
  provider: ProviderName;
  mode: 'live' | 'demo';
  /** Bungie only: whether `definitions=true` was honoured, when an account could be asked. */
  definitions?: boolean;
}

export interface DoctorReport {
  providers: ProviderReport[];
  lines: string[];
  exitCode: 0 | 1;
}

/** Any search proves the key; only a player who exists lets the doctor see whether definitions come back. */
const DEFAULT_BUNGIE_PLAYER = '-1/Gearview Doctor';

export const DOCTOR_USAGE = `Usage: npm run doctor -- [--bungie-player=<membershipType>/<displayName>] [--playfab-title=<titleId>]
  --bungie-player   a Destiny 1 player to search for (env DOCTOR_BUNGIE_PLAYER; default ${DEFAULT_BUNGIE_PLAYER})
  --playfab-title   the PlayFab title to ask for its catalog (env PLAYFAB_TITLE_ID; default the first of PLAYFAB_TITLE_IDS)`;
const PLAYER = /^(-?\d{1,3})\/(.+)$/;

export function readDoctorOptions(
  argv: string[],
  env: Env,
): { ok: true; options: DoctorOptions } | { ok: false; message: string } {
  let player = env.DOCTOR_BUNGIE_PLAYER?.trim() || DEFAULT_BUNGIE_PLAYER;
  let playfabTitleId = env.PLAYFAB_TITLE_ID?.trim() || undefined;
  for (const arg of argv) {
    const [name, value = ''] = splitOption(arg);
    if (name === '--bungie-player' && value) player = value;
    else if (name === '--playfab-title' && value) playfabTitleId = value;
    else return { ok: false, message: DOCTOR_USAGE };
  }
  const match = PLAYER.exec(player);
  if (!match)
    return {
      ok: false,
      message: `The Bungie player must be <membershipType>/<displayName>, such as ${DEFAULT_BUNGIE_PLAYER}.\n${DOCTOR_USAGE}`,
    };
  return { ok: true, options: { bungiePlayer: { membershipType: match[1]!, displayName: match[2]! }, playfabTitleId } };
}

function splitOption(arg: string): [string, string?] {
  const equals = arg.indexOf('=');
  return equals === -1 ? [arg] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

/** Demo providers are asked the demo's own player and title: the ones it is known to hold. */
const demoPlayer = (): BungiePlayer => {
  const account = bungieDemoDirectory.accounts[0]!;
  return { membershipType: String(account.membershipType), displayName: account.displayName };
};

export async function runDoctor(deps: { env: Env; startApi: StartApi; options: DoctorOptions }): Promise<DoctorReport> {
  const { app, config, close } = await deps.startApi(deps.env);
  const api: ApiFetch = (request) => app.fetch(request);
  try {
    const [bungie, playfab, xbox] = await Promise.all([
      checkBungie({
        api,
        origin: config.bungie.origin,
        prefix: config.bungie.platformPrefix,
        player: config.bungie.mode === 'demo' ? demoPlayer() : deps.options.bungiePlayer,
        openWithPrefix: async (prefix) => {
          const other = await deps.startApi({ ...deps.env, BUNGIE_PLATFORM_PREFIX: prefix });
          return { api: (request) => other.app.fetch(request), close: other.close };
        },
      }),
      checkPlayFab({
        api,
        origin: config.playfab.origin,
        // A live PlayFab always has its titles pinned (PLAYFAB_TITLE_IDS); the demo has its own.
        titleId: deps.options.playfabTitleId ?? config.playfab.titleIds[0]!,
      }),
      checkXbox({ api, origin: config.xbox.origin }),
    ]);
    const secrets = secretsOf(config);
    const checked: ProviderReport[] = [
      { provider: 'bungie', mode: config.bungie.mode, ...bungie },
      { provider: 'playfab', mode: config.playfab.mode, ...playfab },
      { provider: 'xbox', mode: config.xbox.mode, ...xbox },
    ];
    const providers = checked.map((report) => ({ ...report, text: redact(report.text, secrets) }));
    return {
      providers,
      lines: providers.map(lineOf),
      exitCode: providers.some((report) => report.mode === 'live' && !report.ok) ? 1 : 0,
    };
  } finally {
    await close();
  }
}

/** `bungie   live  ok: ...`: the demo's loopback origin means nothing to a deployer, so demo lines say only that. */
function lineOf(report: ProviderReport): string {
  const said =
    report.mode === 'demo'
      ? report.ok
        ? 'embedded demo upstream answering'
        : `embedded demo upstream FAILED: ${report.text}`
      : `${report.ok ? 'ok' : 'FAILED'}: ${report.text}`;
  return `${report.provider.padEnd(9)}${report.mode.padEnd(6)}${said}`;
}

/** Shorter values are no real key, and hiding them would blank letters all over the report. */
const MIN_SECRET_LENGTH = 6;

/** Every credential the app sends, whole and (for Xbox) the token alone: a provider's message may echo one. */
function secretsOf(config: ServerConfig): string[] {
  const token = config.xbox.authorization.split(';').slice(1).join(';');
  return [config.bungie.apiKey, config.playfab.secretKey, config.xbox.authorization, token]
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
}

function redact(text: string, secrets: string[]): string {
  return secrets.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
}
