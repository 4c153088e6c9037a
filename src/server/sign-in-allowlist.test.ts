import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowlist } from './sign-in-allowlist.ts';

describe('the sign-in allowlist', () => {
  const list = parseAllowlist('Ana@Example.com, @team.example.org ,group:gearview-admins');

  it('lets in a listed address (any case), anyone at a listed domain and members of a listed group', () => {
    expect(isAllowed(list, { email: 'ana@example.com' })).toBe(true);
    expect(isAllowed(list, { email: 'ANA@EXAMPLE.COM', email_verified: true })).toBe(true);
    expect(isAllowed(list, { email: 'bo@team.example.org' })).toBe(true);
    expect(isAllowed(list, { email: 'x@y.z', groups: ['other', 'gearview-admins'] })).toBe(true);
  });

  it('keeps out everyone else, look-alike domains and unverified addresses', () => {
    expect(isAllowed(list, { email: 'bo@example.com' })).toBe(false);
    expect(isAllowed(list, { email: 'bo@evilteam.example.org' })).toBe(false);
    expect(isAllowed(list, { email: 'bo@team.example.org.evil.com' })).toBe(false);
    expect(isAllowed(list, { email: 'ana@example.com', email_verified: false })).toBe(false);
    expect(isAllowed(list, { groups: 'gearview-admins' })).toBe(false);
    expect(isAllowed(list, {})).toBe(false);
  });

  it('refuses a list it cannot read or that names no one', () => {
    expect(() => parseAllowlist('ana')).toThrow(/OIDC_ALLOWED/);
    expect(() => parseAllowlist('group:')).toThrow(/OIDC_ALLOWED/);
    expect(() => parseAllowlist(' , ')).toThrow(/at least one/);
  });
});
