import { describe, expect, it } from 'vitest';
import { cssUrl } from './css-url.ts';

describe('cssUrl', () => {
  it('quotes a plain path', () => {
    expect(cssUrl('/api/bungie/img/items/sword.png')).toBe('url("/api/bungie/img/items/sword.png")');
  });

  it('escapes what could close the string or the declaration', () => {
    expect(cssUrl('/a").b{c:url("x')).toBe('url("/a\\22 ).b{c:url(\\22 x")');
    expect(cssUrl('/a\\b\nc')).toBe('url("/a\\5c b\\a c")');
  });

});
