/** Who may sign in: OIDC_ALLOWED's comma list of `user@example.com`, `@example.com` and `group:name`. */
export interface Allowlist {
  emails: Set<string>;
  domains: Set<string>;
  groups: Set<string>;
}

/** The ID token's (or userinfo's) claims the allowlist reads. */
export interface IdentityClaims {
  email?: unknown;
  email_verified?: unknown;
  groups?: unknown;
}

export function parseAllowlist(raw: string): Allowlist {
  const list: Allowlist = { emails: new Set(), domains: new Set(), groups: new Set() };
  for (const entry of raw.split(',').map((item) => item.trim())) {
    if (!entry) continue;
    if (entry.startsWith('group:') && entry.length > 'group:'.length) list.groups.add(entry.slice('group:'.length));
    else if (/^@[^@\s]+\.[^@\s]+$/.test(entry)) list.domains.add(entry.slice(1).toLowerCase());
    else if (/^[^@\s]+@[^@\s]+$/.test(entry)) list.emails.add(entry.toLowerCase());
    else throw new Error(`OIDC_ALLOWED: "${entry}" is not user@domain, @domain or group:name`);
  }
  if (!list.emails.size && !list.domains.size && !list.groups.size) {
    throw new Error('OIDC_ALLOWED must name at least one user@domain, @domain or group:name');
  }
  return list;
}

export function isAllowed(list: Allowlist, claims: IdentityClaims): boolean {
  // A provider that says the address is unverified (Google, Auth0 sign-ups) lets anyone type it in.
  if (typeof claims.email === 'string' && claims.email_verified !== false) {
    const email = claims.email.toLowerCase();
    if (list.emails.has(email) || list.domains.has(email.slice(email.lastIndexOf('@') + 1))) return true;
  }
  return Array.isArray(claims.groups) && claims.groups.some((group) => list.groups.has(String(group)));
}
