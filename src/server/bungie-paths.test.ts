import { describe, expect, it } from 'vitest';
import { parseBungiePath } from './bungie-paths.ts';

const parse = (path: string, query = '') => parseBungiePath(path, new URLSearchParams(query));
const upstream = (path: string, query = '') => {
  const result = parse(path, query);
  return result.ok ? result.upstreamPath : result.code;
};

describe('parseBungiePath', () => {
  it('accepts the four Destiny calls, with or without the trailing slash', () => {
    expect(upstream('/Platform/Destiny/SearchDestinyPlayer/-1/Guardian%20One')).toBe(
      '/d1/Platform/Destiny/SearchDestinyPlayer/-1/Guardian%20One/',
    );
    expect(upstream('/Platform/Destiny/2/Account/4611686018428389840/')).toBe(
      '/d1/Platform/Destiny/2/Account/4611686018428389840/',
    );
    expect(upstream('/Platform/Destiny/1/Account/4611686018428389840/Character/2305843009260606767/Inventory')).toBe(
      '/d1/Platform/Destiny/1/Account/4611686018428389840/Character/2305843009260606767/Inventory/',
    );
    expect(upstream('/Platform/Destiny/1/Account/46/Character/23/Inventory/6917529033189743364/')).toBe(
      '/d1/Platform/Destiny/1/Account/46/Character/23/Inventory/6917529033189743364/',
    );
  });

  it('sends calls under the configured upstream prefix, the browser-facing path unchanged', () => {
    const path = '/Platform/Destiny/1/Account/46/Character/23/Inventory/6917529033189743364/';
    for (const prefix of ['/Platform/Destiny/', '/D1/Platform/Destiny/', '/']) {
      const result = parseBungiePath(path, new URLSearchParams('definitions=true'), prefix);
      expect(result).toEqual({
        ok: true,
        kind: 'json',
        upstreamPath: `${prefix}1/Account/46/Character/23/Inventory/6917529033189743364/?definitions=true`,
      });
    }
    expect(
      parseBungiePath('/d1/Platform/Destiny/2/Account/1/', new URLSearchParams(), '/d1/Platform/Destiny/'),
    ).toMatchObject({ code: 'not_found' });
  });

  it('re-encodes the display name from its decoded form', () => {
    expect(upstream('/Platform/Destiny/SearchDestinyPlayer/2/a%3Fb%23c%25')).toBe(
      '/d1/Platform/Destiny/SearchDestinyPlayer/2/a%3Fb%23c%25/',
    );
    expect(upstream('/Platform/Destiny/SearchDestinyPlayer/2/%C3%89lan')).toBe(
      '/d1/Platform/Destiny/SearchDestinyPlayer/2/%C3%89lan/',
    );
  });

  it.each([
    '/Platform/Destiny/Manifest/',
    '/Platform/Destiny/2/Account/1/Summary/',
    '/Platform/Destiny/2/Account/1/Character/2/',
    '/Platform/Destiny/2/Account/1/Character/2/Inventory/3/4/',
    '/Platform/User/GetBungieNetUser/',
    '/d1/Platform/Destiny/2/Account/1/',
    '/platform/destiny/2/Account/1/',
    '/Platform/Destiny/SearchDestinyPlayer/2/',
    '/common/destiny_content/icons/',
    '/img/other/x.png',
    '/https://evil.example/x.png',
    '//evil.example/Platform/Destiny/2/Account/1/',
  ])('does not offer %s', (path) => {
    expect(upstream(path)).toBe('not_found');
  });

  it.each([
    ['membership type 3', '/Platform/Destiny/3/Account/1/'],
    ['membership type -1 outside search', '/Platform/Destiny/-1/Account/1/'],
    ['membership type 3 in search', '/Platform/Destiny/SearchDestinyPlayer/3/name/'],
    ['a 21-digit id', '/Platform/Destiny/2/Account/123456789012345678901/'],
    ['letters in an id', '/Platform/Destiny/2/Account/46116abc/'],
    ['letters in a character id', '/Platform/Destiny/2/Account/1/Character/x/Inventory/'],
    ['a negative item id', '/Platform/Destiny/2/Account/1/Character/2/Inventory/-3/'],
    ['an encoded slash in a name', '/Platform/Destiny/SearchDestinyPlayer/2/a%2Fb/'],
    ['an absolute URL as a name', '/Platform/Destiny/SearchDestinyPlayer/2/https:%2F%2Fevil.example/'],
    ['a dot-dot name', '/Platform/Destiny/SearchDestinyPlayer/2/%2E%2E/'],
    ['a control character', '/Platform/Destiny/SearchDestinyPlayer/2/a%0Ab/'],
    ['broken percent-encoding', '/Platform/Destiny/SearchDestinyPlayer/2/%E0%A4%A/'],
    ['a 101-character name', `/Platform/Destiny/SearchDestinyPlayer/2/${'x'.repeat(101)}/`],
  ])('refuses %s', (_, path) => {
    const result = parse(path);
    expect(result).toMatchObject({ ok: false, code: 'bad_parameter' });
  });

  it('names the parameter that is wrong', () => {
    expect(parse('/Platform/Destiny/2/Account/1/Character/x/Inventory/')).toMatchObject({
      message: expect.stringContaining('characterId'),
    });
    expect(parse('/Platform/Destiny/7/Account/1/')).toMatchObject({
      message: expect.stringContaining('membershipType'),
    });
  });

  it('forwards only definitions and lc, in a fixed order', () => {
    expect(upstream('/Platform/Destiny/2/Account/1/', 'lc=fr&foo=bar&definitions=true&api_key=x')).toBe(
      '/d1/Platform/Destiny/2/Account/1/?definitions=true&lc=fr',
    );
    expect(upstream('/Platform/Destiny/2/Account/1/', 'redirect=https://evil.example')).toBe(
      '/d1/Platform/Destiny/2/Account/1/',
    );
  });

  it('refuses bad values of forwarded parameters', () => {
    expect(parse('/Platform/Destiny/2/Account/1/', 'definitions=yes')).toMatchObject({
      code: 'bad_parameter',
      message: expect.stringContaining('definitions'),
    });
    expect(parse('/Platform/Destiny/2/Account/1/', 'lc=https://evil.example')).toMatchObject({
      code: 'bad_parameter',
      message: expect.stringContaining('lc'),
    });
  });

  it('accepts icon and image paths as they are, with no query', () => {
    for (const path of [
      '/common/destiny_content/icons/3f1c3b6e2b3f8e0c6a2f4d9b1e7a5c0d.png',
      '/common/destiny_content/icons/emblem_x-1.jpg',
      '/img/misc/missing_icon.png',
      '/img/destiny_content/damage_types/arc.png',
      '/img/theme/destiny/icons/node_weapon_parts.gif',
    ]) {
      expect(parse(path, 'definitions=true')).toEqual({ ok: true, kind: 'image', upstreamPath: path });
    }
  });

  it.each([
    '/common/destiny_content/icons/a..png',
    '/common/destiny_content/icons/a.b.png',
    '/common/destiny_content/icons/a.svg',
    '/common/destiny_content/icons/a.html',
    '/common/destiny_content/icons/sub/a.png',
    '/common/destiny_content/icons/%2E%2E%2Fa.png',
    '/img/misc/..%2F..%2Fsecret.png',
    '/img/misc/a%2Fb.png',
    '/img/misc/a b.png',
    '/img/theme/a.png',
  ])('refuses the image path %s', (path) => {
    expect(upstream(path)).toBe('not_found');
  });
});
