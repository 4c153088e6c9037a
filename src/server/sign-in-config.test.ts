import { describe, expect, it } from 'vitest';
import { readAccess, unguardedProviders } from './sign-in-config.ts';

const SIGN_IN = {
  OIDC_ISSUER: 'https://login.example.com/realms/main',
  OIDC_CLIENT_ID: 'gearview',
  OIDC_ALLOWED: '@example.com',
  SESSION_SECRET: 'x'.repeat(32),
  PUBLIC_ORIGIN: 'https://gearview.example.com/',
};
const live = { bungie: { mode: 'live' }, playfab: { mode: 'live' }, xbox: { mode: 'live' } } as const;
const demo = { bungie: { mode: 'demo' }, playfab: { mode: 'demo' }, xbox: { mode: 'demo' } } as const;

describe('sign-in configuration', () => {
  it('is off with no OIDC variable, and protects PlayFab and Xbox by default when on', () => {
    expect(readAccess({}).signIn).toBeUndefined();
    const { signIn } = readAccess(SIGN_IN);
    expect(signIn).toMatchObject({ providers: ['playfab', 'xbox'], publicOrigin: 'https://gearview.example.com' });
    expect(signIn?.sessionTtlMs).toBe(12 * 3_600_000);
    expect(readAccess({ ...SIGN_IN, SIGN_IN_PROVIDERS: 'playfab,xbox,bungie' }).signIn?.providers).toContain('bungie');
  });

  it('names what is missing or wrong instead of starting half protected', () => {
    expect(() => readAccess({ OIDC_ISSUER: SIGN_IN.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID, OIDC_ALLOWED/);
    expect(() => readAccess({ ...SIGN_IN, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(() => readAccess({ ...SIGN_IN, OIDC_ISSUER: 'http://login.example.com' })).toThrow(/https/);
    expect(readAccess({ ...SIGN_IN, OIDC_ISSUER: 'http://127.0.0.1:4000' }).signIn?.issuer).toBe(
      'http://127.0.0.1:4000',
    );
    expect(() => readAccess({ ...SIGN_IN, SIGN_IN_PROVIDERS: 'steam' })).toThrow(/SIGN_IN_PROVIDERS/);
    expect(() => readAccess({ ...SIGN_IN, PUBLIC_ORIGIN: 'https://x.example/app' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('reads PUBLIC_ORIGIN alone for link previews, without turning sign-in on', () => {
    const access = readAccess({ PUBLIC_ORIGIN: 'https://gearview.example.com/' });
    expect(access.signIn).toBeUndefined();
    expect(access.publicOrigin).toBe('https://gearview.example.com');
    expect(readAccess({}).publicOrigin).toBeUndefined();
    expect(() => readAccess({ PUBLIC_ORIGIN: 'gearview.example.com' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('finds live private providers nobody chose to open: secure by default', () => {
    expect(unguardedProviders(readAccess({}), demo)).toEqual([]);
    expect(unguardedProviders(readAccess({}), live)).toEqual(['playfab', 'xbox']);
    expect(unguardedProviders(readAccess({ ALLOW_ANONYMOUS: 'xbox' }), live)).toEqual(['playfab']);
    expect(unguardedProviders(readAccess({ ...SIGN_IN, SIGN_IN_PROVIDERS: 'playfab' }), live)).toEqual(['xbox']);
    expect(unguardedProviders(readAccess(SIGN_IN), live)).toEqual([]);
  });
});
