import { describe, expect, it } from 'vitest';
import { createBungieDemoApp } from './app.ts';
import { bungieDemoDirectory, type DemoScenario } from './directory.ts';
import { accountPath, apiKey, getJson } from './test-support.ts';

const SLOW_MS = 60;
const app = createBungieDemoApp({ slowMs: SLOW_MS });

function scenario(id: DemoScenario['id']) {
  const found = bungieDemoDirectory.scenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  const account = accountPath(found);
  return { ...found, account, inventory: `${account}Character/${found.characterId}/Inventory/` };
}

describe('scenarios', () => {
  it('finds every named scenario account by display name', async () => {
    for (const { displayName, membershipId } of bungieDemoDirectory.scenarios.filter((s) => s.displayName)) {
      const { Response } = await getJson(
        app,
        `/Platform/Destiny/SearchDestinyPlayer/-1/${encodeURIComponent(displayName ?? '')}/`,
      );
      expect(Response.map((hit: any) => hit.membershipId)).toEqual([membershipId]);
    }
  });

  it('account-not-found answers 1601', async () => {
    const body = await getJson(app, scenario('account-not-found').account);
    expect(body).toMatchObject({ ErrorCode: 1601, ErrorStatus: 'DestinyAccountNotFound' });
  });

  it('character-not-found answers 1620 on a real account', async () => {
    const { account, inventory } = scenario('character-not-found');
    expect((await getJson(app, account)).ErrorCode).toBe(1);
    expect(await getJson(app, inventory)).toMatchObject({ ErrorCode: 1620, ErrorStatus: 'DestinyCharacterNotFound' });
  });

  it('no-definitions answers its data without definitions even when they are asked for', async () => {
    const { account, inventory } = scenario('no-definitions');
    for (const path of [account, inventory]) {
      const body = await getJson(app, `${path}?definitions=true`);
      expect(body.ErrorCode).toBe(1);
      expect(Object.keys(body.Response)).toEqual(['data']);
    }
    expect(
      Object.keys((await getJson(app, `${scenario('character-not-found').account}?definitions=true`)).Response),
    ).toEqual(['data', 'definitions']);
  });

  it('maintenance answers 5 on every call of the account', async () => {
    const { account, inventory } = scenario('maintenance');
    for (const path of [account, inventory]) {
      expect(await getJson(app, path)).toEqual({
        ErrorCode: 5,
        ThrottleSeconds: 0,
        ErrorStatus: 'SystemDisabled',
        Message: 'This system is temporarily disabled for maintenance.',
        MessageData: {},
      });
    }
  });

  it('throttled answers 36 with ThrottleSeconds 3 on odd requests to a path, data on the retry', async () => {
    const throttled = createBungieDemoApp();
    const { account, inventory } = scenario('throttled');
    for (const path of [account, inventory]) {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push(await getJson(throttled, path));
      expect(codes.map((body) => body.ErrorCode)).toEqual([36, 1, 36, 1]);
      expect(codes[0]).toMatchObject({ ThrottleSeconds: 3, ErrorStatus: 'ThrottleLimitExceededMomentarily' });
    }
  });

  it('private shows the account and its three characters, but answers 1665 for inventories', async () => {
    const { account, inventory } = scenario('private');
    expect((await getJson(app, account)).Response.data.characters).toHaveLength(3);
    expect(await getJson(app, inventory)).toMatchObject({ ErrorCode: 1665, ErrorStatus: 'DestinyPrivacyRestriction' });
  });

  it('html-outage answers HTTP 500 with an HTML page', async () => {
    for (const path of [scenario('html-outage').account, scenario('html-outage').inventory]) {
      const response = await app.request(path, { headers: apiKey });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain("Server Error in '/d1' Application.");
    }
  });

  it('maintenance-1618 answers HTTP 500 with ErrorCode 1618, throttled-31 alternates 31 and data', async () => {
    const maintenance = await app.request(scenario('maintenance-1618').inventory, { headers: apiKey });
    expect(maintenance.status).toBe(500);
    expect(await maintenance.json()).toMatchObject({ ErrorCode: 1618, ErrorStatus: 'DestinyUnexpectedError' });
    const { inventory } = scenario('throttled-31');
    const codes = [];
    for (let i = 0; i < 2; i++) codes.push((await getJson(app, inventory)).ErrorCode);
    expect(codes).toEqual([31, 1]);
  });

  it('the fault accounts break their answers: 503, cut or corrupted JSON', async () => {
    expect((await app.request(scenario('server-error').account, { headers: apiKey })).status).toBe(503);
    for (const id of ['truncated-json', 'malformed-json'] as const) {
      const text = await (await app.request(scenario(id).inventory, { headers: apiKey })).text();
      expect(text.startsWith('{')).toBe(true);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('slow answers normally after the delay', async () => {
    const { inventory } = scenario('slow');
    const started = performance.now();
    const body = await getJson(app, inventory);
    expect(performance.now() - started).toBeGreaterThanOrEqual(SLOW_MS - 5);
    expect(body.ErrorCode).toBe(1);
    expect(body.Response.data.buckets.Equippable.length).toBeGreaterThan(10);
  });
});
