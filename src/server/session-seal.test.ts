import { describe, expect, it } from 'vitest';
import { createSealer } from './session-seal.ts';

const SECRET = 'a-test-secret-of-at-least-32-bytes!!';

describe('session sealing', () => {
  it('opens what it sealed, for the same purpose, before it expires', async () => {
    const sealer = await createSealer(SECRET);
    const sealed = await sealer.seal('session', { email: 'ana@example.com' }, 60_000);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('ana');
    expect(await sealer.unseal('session', sealed)).toEqual({ email: 'ana@example.com' });
  });

  it('refuses an expired value: the expiry is inside the seal, not in the cookie', async () => {
    let now = 1_000_000;
    const sealer = await createSealer(SECRET, () => now);
    const sealed = await sealer.seal('session', { email: 'ana@example.com' }, 60_000);
    now += 60_001;
    expect(await sealer.unseal('session', sealed)).toBeUndefined();
  });

  it('refuses a tampered value, another purpose, another secret and garbage', async () => {
    const sealer = await createSealer(SECRET);
    const sealed = await sealer.seal('session', { email: 'ana@example.com' }, 60_000);
    const flipped = sealed.slice(0, 20) + (sealed[20] === 'A' ? 'B' : 'A') + sealed.slice(21);
    expect(await sealer.unseal('session', flipped)).toBeUndefined();
    expect(await sealer.unseal('flow', sealed)).toBeUndefined();
    const other = await createSealer(`${SECRET}-other`);
    expect(await other.unseal('session', sealed)).toBeUndefined();
    for (const junk of ['', 'abc', 'not base64!', sealed.slice(0, 10)]) {
      expect(await sealer.unseal('session', junk)).toBeUndefined();
    }
  });

  it('seals the same value differently each time (a fresh IV)', async () => {
    const sealer = await createSealer(SECRET);
    expect(await sealer.seal('session', 1, 1000)).not.toBe(await sealer.seal('session', 1, 1000));
  });
});
