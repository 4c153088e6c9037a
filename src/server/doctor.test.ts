import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBungieDemoApp } from '../demo/bungie/app.ts';
import { bungieDemoDirectory } from '../demo/bungie/directory.ts';
import { createPlayFabDemoApp } from '../demo/playfab/app.ts';
import { playfabDemoDirectory } from '../demo/playfab/directory.ts';
import { playfabDemoOrigin, startDemoUpstream } from '../demo/server.ts';
import { readDoctorOptions, runDoctor, type DoctorOptions, type DoctorReport } from './doctor.ts';
import { startNodeApi } from './node-api.ts';

const BUNGIE_KEY = 'bungie-key-91c7e2d4f0';
const PLAYFAB_KEY = 'playfab-secret-5a83b1e6';
const XBOX_TOKEN = 'xsts-token-e04d97c2b1';
const XBOX_AUTHORIZATION = `XBL3.0 x=2535428504476914;${XBOX_TOKEN}`;
const SECRETS = [BUNGIE_KEY, PLAYFAB_KEY, XBOX_TOKEN, XBOX_AUTHORIZATION];

const [demoAccount] = bungieDemoDirectory.accounts;
const OPTIONS: DoctorOptions = {
  bungiePlayer: { membershipType: String(demoAccount!.membershipType), displayName: demoAccount!.displayName },
  playfabTitleId: playfabDemoDirectory.titleId,
};

const doctor = (env: Record<string, string>, options: DoctorOptions = OPTIONS) =>
  runDoctor({ env, startApi: (given) => startNodeApi(given, () => {}), options });

/** Every provider live against `origin`, with this file's credentials. */
function liveEnv(origin: string): Record<string, string> {
  return {
    BUNGIE_API_KEY: BUNGIE_KEY,
    BUNGIE_ORIGIN: origin,
    PLAYFAB_SECRET_KEY: PLAYFAB_KEY,
    PLAYFAB_TITLE_IDS: playfabDemoDirectory.titleId,
    PLAYFAB_ORIGIN: playfabDemoOrigin(origin),
    XBOX_AUTHORIZATION,
    XBOX_ORIGIN: origin,
  };
}

function expectNoSecret(report: DoctorReport) {
  const everything = JSON.stringify(report);
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
}

const lineOf = (report: DoctorReport, provider: string) => report.lines.find((line) => line.startsWith(`${provider} `));

/** A test upstream on a loopback port of its own. */
async function serveOnLoopback(app: Hono) {
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const upstreams: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(upstreams.map((upstream) => upstream.close()));
});
async function upstream(app: Hono) {
  const served = await serveOnLoopback(app);
  upstreams.push(served);
  return served.origin;
}

const envelope = (errorCode: number, errorStatus: string, message: string, response?: unknown) =>
  JSON.stringify({
    ...(response === undefined ? {} : { Response: response }),
    ErrorCode: errorCode,
    ThrottleSeconds: 0,
    ErrorStatus: errorStatus,
    Message: message,
    MessageData: {},
  });
const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

describe('npm run doctor, all demo', () => {
  it('says each provider is the demo, answering, and exits 0', async () => {
    const report = await doctor({});
    expect(report.lines).toEqual([
      'bungie   demo  embedded demo upstream answering',
      'playfab  demo  embedded demo upstream answering',
      'xbox     demo  embedded demo upstream answering',
    ]);
    expect(report.providers.map(({ mode, ok }) => ({ mode, ok }))).toEqual(Array(3).fill({ mode: 'demo', ok: true }));
    expect(report.exitCode).toBe(0);
  });
});

describe('npm run doctor, live against the demo upstream', () => {
  let origin: string;
  beforeAll(async () => {
    const demo = await startDemoUpstream({ host: '127.0.0.1', port: 0 });
    upstreams.push(demo);
    origin = demo.origin;
  });

  it('passes every provider, at the prefix that answered, with definitions honoured', async () => {
    const report = await doctor(liveEnv(origin));
    expect(report.lines).toEqual([
      `bungie   live  ok: key accepted at ${origin}/d1/Platform/Destiny/; definitions=true honoured`,
      expect.stringMatching(
        new RegExp(
          `^playfab  live  ok: secret key accepted at ${origin}/playfab/${playfabDemoDirectory.titleId}/Server/; title \\w+'s primary catalog has [1-9]\\d* items$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^xbox     live  ok: token accepted at ${origin}/users/me/inventory; [1-9]\\d* items in the inventory$`,
        ),
      ),
    ]);
    expect(report.providers[0]).toMatchObject({
      provider: 'bungie',
      mode: 'live',
      ok: true,
      reachable: true,
      definitions: true,
    });
    expect(report.exitCode).toBe(0);
    expectNoSecret(report);
  });

  it("checks the server's first pinned title when none is named, and fails a title it does not serve", async () => {
    const pinned = await doctor(liveEnv(origin), { ...OPTIONS, playfabTitleId: undefined });
    expect(lineOf(pinned, 'playfab')).toMatch(/^playfab {2}live {2}ok: secret key accepted at .*\/E3F1A\/Server\//);
    const other = await doctor(liveEnv(origin), { ...OPTIONS, playfabTitleId: 'AB12' });
    expect(lineOf(other, 'playfab')).toMatch(/^playfab {2}live {2}FAILED: .*This server serves no such PlayFab title/);
    expect(other.exitCode).toBe(1);
  });

  it('says when the player is not found, and still passes the key', async () => {
    const report = await doctor(liveEnv(origin), {
      ...OPTIONS,
      bungiePlayer: { membershipType: '2', displayName: 'Nobody Here' },
    });
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  ok: key accepted at ${origin}/d1/Platform/Destiny/; definitions not checked: nobody named Nobody Here on membershipType 2 (name one with --bungie-player=<membershipType>/<displayName>)`,
    );
    expect(report.providers[0]?.definitions).toBeUndefined();
    expect(report.exitCode).toBe(0);
  });
});

describe('npm run doctor, against an upstream that refuses the credentials', () => {
  it("gives each provider's own answer and exits 1", async () => {
    const origin = await upstream(
      new Hono()
        .route('/playfab', createPlayFabDemoApp({ secretKeys: ['the-title-key'] }))
        .get(
          '/users/me/inventory',
          () => new Response(null, { status: 401, headers: { 'x-xblcorrelationid': 'c0ffee' } }),
        )
        .route('/', createBungieDemoApp({ apiKeys: ['the-registered-key'] })),
    );
    const report = await doctor(liveEnv(origin));
    expect(report.lines).toEqual([
      `bungie   live  FAILED: key refused at ${origin}/d1/Platform/Destiny/: 2101 ApiInvalidOrExpiredKey ("The given Platform API Key is invalid.")`,
      `playfab  live  FAILED: secret key refused at ${origin}/playfab/${playfabDemoDirectory.titleId}/Server/: 401 1074 NotAuthenticated ("This API method does not allow anonymous callers.")`,
      `xbox     live  FAILED: 401 at ${origin}/users/me/inventory: the XBL3.0 token was refused or has expired; get a new XSTS token`,
    ]);
    expect(report.providers.map(({ ok, reachable }) => ({ ok, reachable }))).toEqual(
      Array(3).fill({ ok: false, reachable: true }),
    );
    expect(report.exitCode).toBe(1);
    expectNoSecret(report);
  });

  it('never prints a credential, even when the provider echoes it', async () => {
    const origin = await upstream(
      new Hono()
        .post('/playfab/:titleId/Server/:call', (c) =>
          json(
            JSON.stringify({
              code: 401,
              status: 'Unauthorized',
              error: 'NotAuthenticated',
              errorCode: 1074,
              errorMessage: `Unknown key ${c.req.header('X-SecretKey')}`,
            }),
            401,
          ),
        )
        .get('/users/me/inventory', (c) =>
          json(JSON.stringify({ Message: `token ${c.req.header('Authorization')}`, XErr: 2148916233 }), 401),
        )
        .get('*', (c) =>
          json(envelope(2101, 'ApiInvalidOrExpiredKey', `The key ${c.req.header('X-API-Key')} is invalid.`)),
        ),
    );
    const report = await doctor(liveEnv(origin));
    expect(lineOf(report, 'bungie')).toContain('("The key [redacted] is invalid.")');
    expect(lineOf(report, 'playfab')).toContain('("Unknown key [redacted]")');
    expect(lineOf(report, 'xbox')).toContain('refused or has expired (XErr 2148916233)');
    expectNoSecret(report);
  });

  it.each([
    [
      2102,
      'ApiKeyMissingFromRequest',
      'Please add valid X-API-Key header to request.  Visit https://www.bungie.net/developer for details.',
      'key missing at',
    ],
    [5, 'SystemDisabled', 'This system is temporarily disabled for maintenance.', 'down for maintenance at'],
  ])("reads Bungie's ErrorCode %i", async (code, status, message, said) => {
    const origin = await upstream(new Hono().get('*', () => json(envelope(code, status, message))));
    const report = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: origin });
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  FAILED: ${said} ${origin}/d1/Platform/Destiny/: ${code} ${status} ("${message}")`,
    );
    expect(lineOf(report, 'playfab')).toBe('playfab  demo  embedded demo upstream answering');
    expect(report.exitCode).toBe(1);
  });

  it.each([
    [
      403,
      {},
      '403 at {origin}/users/me/inventory: the token may not make this call; inventory needs an XSTS token for the relying party http://licensing.xboxlive.com',
    ],
    [429, { 'Retry-After': '15' }, '429 at {origin}/users/me/inventory: throttled, retry after 15 s'],
  ])('reads an Xbox %i', async (status, headers, said) => {
    const origin = await upstream(new Hono().get('/users/me/inventory', () => new Response(null, { status, headers })));
    const report = await doctor({ XBOX_AUTHORIZATION, XBOX_ORIGIN: origin });
    expect(lineOf(report, 'xbox')).toBe(`xbox     live  FAILED: ${said.replace('{origin}', origin)}`);
    expect(report.exitCode).toBe(1);
  });
});

describe('npm run doctor, Bungie prefixes and definitions', () => {
  /** The demo answers both prefixes: these servers hide one, as a server of either era would. */
  const speakingOnly = (prefix: 'original' | 'd1') => {
    const demo = createBungieDemoApp();
    return new Hono().get('*', (c) => {
      const d1 = /^\/d1\//i.test(new URL(c.req.url).pathname);
      if (d1 !== (prefix === 'd1'))
        return prefix === 'd1' ? c.body(null, 404) : c.html('<h1>Server Error in "/" Application.</h1>', 404);
      return demo.fetch(c.req.raw);
    });
  };

  it('finds a server that speaks only the original prefix, and says what to set', async () => {
    const origin = await upstream(speakingOnly('original'));
    const report = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: origin });
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  FAILED: ${origin}/d1/Platform/Destiny/ does not answer as the Destiny 1 API (The provider answered HTTP 404 with something other than JSON, often a sign of an outage); ` +
        `key accepted at ${origin}/Platform/Destiny/; definitions=true honoured; set BUNGIE_PLATFORM_PREFIX=/Platform/Destiny/`,
    );
    expect(report.providers[0]).toMatchObject({
      ok: false,
      answeredAt: `${origin}/Platform/Destiny/`,
      definitions: true,
    });
    expect(report.exitCode).toBe(1);
  });

  it('finds the /d1/ prefix when the original one is configured', async () => {
    const origin = await upstream(speakingOnly('d1'));
    const report = await doctor({
      BUNGIE_API_KEY: BUNGIE_KEY,
      BUNGIE_ORIGIN: origin,
      BUNGIE_PLATFORM_PREFIX: '/Platform/Destiny/',
    });
    expect(lineOf(report, 'bungie')).toMatch(
      /does not answer as the Destiny 1 API \(The provider has no such thing\); key accepted at .*\/d1\/Platform\/Destiny\/; .*; set BUNGIE_PLATFORM_PREFIX=\/d1\/Platform\/Destiny\/$/,
    );
    expect(report.exitCode).toBe(1);
  });

  it("tries the other prefix when the configured one answers an error envelope, and names Bungie's answer when that fails too", async () => {
    const demo = createBungieDemoApp();
    const maintenance = {
      Response: null,
      ErrorCode: 5,
      ThrottleSeconds: 0,
      ErrorStatus: 'SystemDisabled',
      Message: 'This system is temporarily disabled for maintenance.',
      MessageData: {},
    };
    const retired = await upstream(
      new Hono().get('*', (c) =>
        /^\/d1\//i.test(new URL(c.req.url).pathname) ? c.json(maintenance) : demo.fetch(c.req.raw),
      ),
    );
    const moved = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: retired });
    expect(lineOf(moved, 'bungie')).toMatch(
      /^bungie {3}live {2}FAILED: down for maintenance at .*\/d1\/Platform\/Destiny\/: 5 SystemDisabled .*; key accepted at http:\/\/[^ ]+:\d+\/Platform\/Destiny\/; .*set BUNGIE_PLATFORM_PREFIX=\/Platform\/Destiny\/$/,
    );

    const down = await upstream(new Hono().get('*', (c) => c.json(maintenance)));
    const report = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: down });
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  FAILED: down for maintenance at ${down}/d1/Platform/Destiny/: 5 SystemDisabled ("This system is temporarily disabled for maintenance.")`,
    );
  });

  it('says so when neither prefix answers', async () => {
    const origin = await upstream(new Hono().get('*', (c) => c.body(null, 404)));
    const report = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: origin });
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  FAILED: ${origin}/d1/Platform/Destiny/ does not answer as the Destiny 1 API (The provider has no such thing), nor does ${origin}/Platform/Destiny/`,
    );
    expect(report.exitCode).toBe(1);
  });

  it('says when Bungie ignores definitions=true, without failing', async () => {
    const demo = createBungieDemoApp();
    const origin = await upstream(
      new Hono().get('*', (c) => {
        const url = new URL(c.req.url);
        url.search = '';
        return demo.fetch(new Request(url, c.req.raw));
      }),
    );
    const report = await doctor({ BUNGIE_API_KEY: BUNGIE_KEY, BUNGIE_ORIGIN: origin }, OPTIONS);
    expect(lineOf(report, 'bungie')).toBe(
      `bungie   live  ok: key accepted at ${origin}/d1/Platform/Destiny/; definitions=true ignored: answers come without definitions, so item names will be missing`,
    );
    expect(report.providers[0]?.definitions).toBe(false);
    expect(report.exitCode).toBe(0);
  });
});

describe('npm run doctor, unreachable', () => {
  it('says each live provider is not reachable, and exits 1', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)),
    );
    await new Promise((resolve) => closed.close(resolve));
    const report = await doctor(liveEnv(`http://127.0.0.1:${port}`));
    expect(report.lines).toEqual([
      'bungie   live  FAILED: not reachable: The provider could not be reached.',
      'playfab  live  FAILED: not reachable: The provider could not be reached.',
      'xbox     live  FAILED: not reachable: The provider could not be reached.',
    ]);
    expect(report.providers.map(({ reachable }) => reachable)).toEqual([false, false, false]);
    expect(report.exitCode).toBe(1);
    expectNoSecret(report);
  });
});

describe('readDoctorOptions', () => {
  it('takes the player and title from the command line over the environment, with a default player', () => {
    expect(readDoctorOptions([], {})).toEqual({
      ok: true,
      options: { bungiePlayer: { membershipType: '-1', displayName: 'Gearview Doctor' }, playfabTitleId: undefined },
    });
    expect(
      readDoctorOptions(['--bungie-player=1/Halcyon Drift', '--playfab-title=AB12'], {
        DOCTOR_BUNGIE_PLAYER: '2/x',
        PLAYFAB_TITLE_ID: 'ZZ',
      }),
    ).toEqual({
      ok: true,
      options: { bungiePlayer: { membershipType: '1', displayName: 'Halcyon Drift' }, playfabTitleId: 'AB12' },
    });
    expect(readDoctorOptions([], { DOCTOR_BUNGIE_PLAYER: '-1/Kestrel_Vane', PLAYFAB_TITLE_ID: 'ZZ' })).toMatchObject({
      options: { bungiePlayer: { membershipType: '-1', displayName: 'Kestrel_Vane' }, playfabTitleId: 'ZZ' },
    });
  });

  it('refuses an unknown option or a player without a membership type', () => {
    expect(readDoctorOptions(['--verbose'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('Usage: npm run doctor'),
    });
    expect(readDoctorOptions(['--bungie-player=Gearview'], {})).toMatchObject({
      ok: false,
      message: expect.stringContaining('<membershipType>/<displayName>'),
    });
  });
});
