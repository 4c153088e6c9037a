import { describe, expect, it } from 'vitest';
import { compareHref, MAX_COMPARED, readCompareRequest } from './compare-params.ts';

const digits = (id: string) => /^\d{1,20}$/.test(id);
const read = (query: string) => readCompareRequest(new URLSearchParams(query), digits);

describe('readCompareRequest', () => {
  it('reads the ids in order and the reference among them', () => {
    expect(read('items=11,22,33&ref=22')).toEqual({ ids: ['11', '22', '33'], ref: '22', malformed: [], dropped: 0 });
  });

  it('keeps each id once and skips empty parts', () => {
    expect(read('items=11,,22,11,%2022').ids).toEqual(['11', '22']);
  });

  it('names the ids that cannot be item ids, and shows the rest', () => {
    expect(read('items=11,abc,22,-1')).toMatchObject({ ids: ['11', '22'], malformed: ['abc', '-1'] });
  });

  it('has no reference when the link names one it does not compare', () => {
    expect(read('items=11,22&ref=33').ref).toBeNull();
    expect(read('items=11,22&ref=abc').ref).toBeNull();
  });

  it(`keeps the first ${MAX_COMPARED} and counts the rest`, () => {
    const ids = Array.from({ length: MAX_COMPARED + 3 }, (_, index) => String(100 + index));
    const request = read(`items=${ids.join(',')}`);
    expect(request.ids).toEqual(ids.slice(0, MAX_COMPARED));
    expect(request.dropped).toBe(3);
  });

  it('reads a link without items as nothing to compare', () => {
    expect(read('')).toEqual({ ids: [], ref: null, malformed: [], dropped: 0 });
  });
});

describe('compareHref', () => {
  it('writes the items with readable commas, and the reference when given', () => {
    expect(compareHref('/xbox/compare', ['a;b', 'c'], 'c')).toBe('/xbox/compare?items=a;b,c&ref=c');
    expect(compareHref('/xbox/compare', [])).toBe('/xbox/compare');
  });

  it('reads back what it wrote', () => {
    const href = compareHref('/p', ['1', '2'], '2');
    expect(read(href.slice(href.indexOf('?') + 1))).toMatchObject({ ids: ['1', '2'], ref: '2' });
  });
});
