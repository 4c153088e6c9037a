import { describe, expect, it } from 'vitest';
import { acceptsEncoding } from './body-encoding.ts';
import { DEMO_BUNGIE_API_KEY, demoXboxAuthorization, readConfig } from './config.ts';

describe('readConfig', () => {
  it('defaults to the demo upstream on port 8080', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8080,
      upstreamTimeoutMs: 10_000,
      cacheTtlMs: 15_000,
      bungie: { mode: 'demo', origin: 'https://www.bungie.net', apiKey: DEMO_BUNGIE_API_KEY },
    });
  });

  it('goes live with a key, unless DEMO=1', () => {
    expect(readConfig({ BUNGIE_API_KEY: 'k' }).bungie).toMatchObject({ mode: 'live', apiKey: 'k' });
    expect(readConfig({ BUNGIE_API_KEY: 'k', DEMO: '1' }).bungie).toMatchObject({
      mode: 'demo',
      apiKey: DEMO_BUNGIE_API_KEY,
    });
    expect(readConfig({ BUNGIE_API_KEY: '  ' }).bungie.mode).toBe('demo');
  });

  it('reads numbers and origins strictly', () => {
    expect(readConfig({ PORT: '8123', UPSTREAM_TIMEOUT_MS: '250', CACHE_TTL_MS: '0' })).toMatchObject({
      port: 8123,
      upstreamTimeoutMs: 250,
      cacheTtlMs: 0,
    });
    expect(readConfig({}).cacheBytes).toBe(128 * 1024 * 1024);
    expect(readConfig({ CACHE_MB: '16' }).cacheBytes).toBe(16 * 1024 * 1024);
    expect(readConfig({ UPSTREAM_BODIES_MB: '8' }).upstreamBodiesBytes).toBe(8 * 1024 * 1024);
    expect(readConfig({}).demoSlowMs).toBeUndefined();
    expect(readConfig({ DEMO_SLOW_MS: '4000' }).demoSlowMs).toBe(4000);
    expect(readConfig({ BUNGIE_ORIGIN: 'http://127.0.0.1:9000/' }).bungie.origin).toBe('http://127.0.0.1:9000');
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ UPSTREAM_TIMEOUT_MS: '0' })).toThrow(/UPSTREAM_TIMEOUT_MS/);
    expect(() => readConfig({ BUNGIE_ORIGIN: 'https://www.bungie.net/d1' })).toThrow(/BUNGIE_ORIGIN/);
    expect(() => readConfig({ BUNGIE_ORIGIN: 'file:///etc' })).toThrow(/BUNGIE_ORIGIN/);
    expect(readConfig({}).bungie.platformPrefix).toBe('/d1/Platform/Destiny/');
    expect(readConfig({ BUNGIE_PLATFORM_PREFIX: 'Platform/Destiny' }).bungie.platformPrefix).toBe('/Platform/Destiny/');
    expect(() => readConfig({ BUNGIE_PLATFORM_PREFIX: '/d1/../User/' })).toThrow(/BUNGIE_PLATFORM_PREFIX/);
    expect(() => readConfig({ BUNGIE_PLATFORM_PREFIX: '//evil.example/' })).toThrow(/BUNGIE_PLATFORM_PREFIX/);
  });
});

describe('readConfig for Xbox Live', () => {
  it('goes live with an authorization value, unless DEMO=1, and sends the demo value otherwise', () => {
    const live = readConfig({ XBOX_AUTHORIZATION: ' XBL3.0 x=1;t ', XBOX_ORIGIN: 'http://127.0.0.1:9000/' });
    expect(live.xbox).toMatchObject({ mode: 'live', authorization: 'XBL3.0 x=1;t', origin: 'http://127.0.0.1:9000' });
    expect(readConfig({ XBOX_AUTHORIZATION: 'XBL3.0 x=1;t', DEMO: '1' }).xbox).toMatchObject({
      mode: 'demo',
      authorization: demoXboxAuthorization('gearview-demo'),
    });
    expect(readConfig({ DEMO_XBOX_USERHASH: 'gearview-vault' }).xbox.authorization).toBe(
      'XBL3.0 x=gearview-vault;gearview-demo-token',
    );
    expect(() => readConfig({ DEMO_XBOX_USERHASH: 'a;b' })).toThrow(/DEMO_XBOX_USERHASH/);
    expect(readConfig({}).xbox.origin).toBe('https://inventory.xboxlive.com');
    expect(() => readConfig({ XBOX_ORIGIN: 'https://inventory.xboxlive.com/users' })).toThrow(/XBOX_ORIGIN/);
  });
});

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'gzip', true],
    ['br;q=1.0, gzip;q=0.8', 'gzip', true],
    ['gzip;q=0', 'gzip', false],
    ['*', 'gzip', true],
    ['*;q=0.1, gzip;q=0', 'gzip', false],
    ['identity', 'gzip', false],
    ['deflate, br', 'br', true],
  ] as const)('%s allows %s: %s', (header, coding, expected) => {
    expect(acceptsEncoding(header, coding)).toBe(expected);
  });
});
