/**
 * Values only this deployment can read or make: AES-GCM (WebCrypto, so the core stays
 * runtime-neutral) under a key derived from SESSION_SECRET, with the expiry sealed inside, so a
 * cookie's own Max-Age is never trusted and instances share nothing but the secret.
 */
export interface Sealer {
  /** `purpose` is bound to the sealed bytes: a value sealed for one use never opens as another. */
  seal(purpose: string, value: unknown, ttlMs: number): Promise<string>;
  /** The value, or undefined when the text is tampered, sealed for another purpose or expired. */
  unseal(purpose: string, sealed: string): Promise<unknown>;
}

const IV_BYTES = 12;
const utf8 = new TextEncoder();

export async function createSealer(secret: string, now: () => number = Date.now): Promise<Sealer> {
  const material = await crypto.subtle.importKey('raw', utf8.encode(secret), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode('gearview session v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return {
    async seal(purpose, value, ttlMs) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const plain = utf8.encode(JSON.stringify({ exp: now() + ttlMs, value }));
      const cipher = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: utf8.encode(purpose) },
        key,
        plain,
      );
      const sealed = new Uint8Array(IV_BYTES + cipher.byteLength);
      sealed.set(iv);
      sealed.set(new Uint8Array(cipher), IV_BYTES);
      return toBase64Url(sealed);
    },
    async unseal(purpose, text) {
      const sealed = fromBase64Url(text);
      if (!sealed || sealed.byteLength <= IV_BYTES) return undefined;
      let plain: ArrayBuffer;
      try {
        plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: utf8.encode(purpose) },
          key,
          sealed.subarray(IV_BYTES),
        );
      } catch {
        return undefined;
      }
      const { exp, value } = JSON.parse(new TextDecoder().decode(plain)) as { exp: number; value: unknown };
      return exp > now() ? value : undefined;
    },
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
