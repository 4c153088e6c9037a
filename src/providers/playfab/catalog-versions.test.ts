import { describe, expect, it } from 'vitest';
import { ok } from '../../../test/fixtures/playfab.ts';
import { catalogVersionsHint, catalogVersionsOf } from './catalog-versions.ts';

const item = (CatalogVersion?: unknown) => ({
  ItemId: 'torch',
  ItemInstanceId: '1',
  ...(CatalogVersion === undefined ? {} : { CatalogVersion }),
});

describe('catalogVersionsOf', () => {
  it('lists each version once, the primary catalog as the empty version', () => {
    const raw = { Inventory: [item('v1'), item(null), item('v2'), item('v1'), item()] } as never;
    expect(catalogVersionsOf(raw)).toEqual(['v1', '', 'v2']);
  });
});

describe('catalogVersionsHint', () => {
  it('reads the versions an unvalidated envelope names, omitted and null ones as the primary catalog', () => {
    expect(catalogVersionsHint(ok({ Inventory: [item('v2'), item(), item('v2'), item(null)] }))).toEqual(['v2', '']);
  });

  it('reads nothing from a body that is not an inventory', () => {
    for (const body of [
      null,
      42,
      'text',
      [],
      { code: 429, error: 'APIClientRequestRateLimitExceeded', data: null },
      ok('x'),
      ok({ Inventory: {} }),
    ]) {
      expect(catalogVersionsHint(body)).toEqual([]);
    }
  });

  it('skips entries that are not items and versions that are not text', () => {
    expect(catalogVersionsHint(ok({ Inventory: [null, 7, 'v9', item(3), item({ v: 1 }), item('v1')] }))).toEqual([
      'v1',
    ]);
  });

  it('asks for at most eight catalogs, however many a body names', () => {
    const many = Array.from({ length: 50 }, (_, index) => item(`v${index}`));
    expect(catalogVersionsHint(ok({ Inventory: many }))).toEqual(Array.from({ length: 8 }, (_, index) => `v${index}`));
  });
});
