import { describe, expect, it } from 'vitest';
import { brokenUpload } from '../../test/broken-upload.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { contentSecurityPolicy } from './security-headers.ts';

function app(env: Record<string, string> = {}) {
  const fetch = (async () =>
    new Response('{"ErrorCode":1}', { headers: { 'Content-Type': 'application/json' } })) as typeof globalThis.fetch;
  const created = createApp({ config: readConfig(env), fetch });
  // Stands in for a runtime entry's pages, which come after the API routes.
  created.all('*', () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
  return created;
}

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));

describe('security headers', () => {
  it('are on API answers, proxy errors, thrown errors and pages alike', async () => {
    const server = app();
    const requests = ['/api/health', '/api/nope', '/api/bungie/Platform/Destiny/2/Account/1/', '/destiny/2/1', '/'];
    const responses = [
      ...(await Promise.all(requests.map((path) => server.request(path)))),
      await server.request(brokenUpload()),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 404, 200, 200, 200, 500]);
    for (const [index, response] of responses.entries()) {
      const path = requests[index] ?? 'thrown';
      expect(response.headers.get('Content-Security-Policy'), path).toContain("script-src 'self'");
      expect(response.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(response.headers.get('Cross-Origin-Opener-Policy'), path).toBe('same-origin');
    }
  });

  it('forbid inline script, framing, plugins and foreign connections', () => {
    const policy = directives(contentSecurityPolicy(readConfig({})));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(contentSecurityPolicy(readConfig({}))).not.toContain('unsafe');
  });

  it('allow images from self only, plus live PlayFab CDNs: any https, or exactly PLAYFAB_IMAGE_ORIGINS', () => {
    const imgSrc = (env: Record<string, string>) => directives(contentSecurityPolicy(readConfig(env))).get('img-src');
    expect(imgSrc({})).toBe("'self'");
    expect(imgSrc({ PLAYFAB_IMAGE_ORIGINS: 'https://cdn.example.com' })).toBe("'self'");
    expect(imgSrc({ PLAYFAB_SECRET_KEY: 's', PLAYFAB_TITLE_IDS: 'A1B2C' })).toBe("'self' https:");
    expect(
      imgSrc({
        PLAYFAB_SECRET_KEY: 's',
        PLAYFAB_TITLE_IDS: 'A1B2C',
        PLAYFAB_IMAGE_ORIGINS: 'https://cdn.example.com/, https://img.example.net',
      }),
    ).toBe("'self' https://cdn.example.com https://img.example.net");
    expect(() => readConfig({ PLAYFAB_IMAGE_ORIGINS: 'javascript:alert(1)' })).toThrow(/PLAYFAB_IMAGE_ORIGINS/);
  });

  it('add HSTS only over HTTPS: the request URL, or X-Forwarded-Proto when TRUST_PROXY=1', async () => {
    const hsts = async (env: Record<string, string>, url: string, headers: Record<string, string> = {}) =>
      (await app(env).request(url, { headers })).headers.get('Strict-Transport-Security');
    expect(await hsts({}, 'http://localhost/api/health')).toBeNull();
    expect(await hsts({}, 'https://gearview.example/api/health')).toBe('max-age=31536000');
    // Proxied answers carry their headers from the start; they must follow the same rule.
    const proxied = '/api/bungie/Platform/Destiny/2/Account/1/';
    expect(await hsts({}, `http://localhost${proxied}`)).toBeNull();
    expect(await hsts({}, `https://gearview.example${proxied}`)).toBe('max-age=31536000');
    expect(await hsts({}, 'http://localhost/', { 'X-Forwarded-Proto': 'https' })).toBeNull();
    expect(await hsts({ TRUST_PROXY: '1' }, 'http://localhost/', { 'X-Forwarded-Proto': 'https' })).toBe(
      'max-age=31536000',
    );
  });
});
