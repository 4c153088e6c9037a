import { describe, expect, it } from 'vitest';
import type { Bucket, BucketGroup, InventorySource } from './model.ts';
import { alignSourceRows } from './source-rows.ts';

const bucket = (id: string): Bucket => ({ id, name: `Bucket ${id}`, order: 0, items: [] });
const group = (id: string, ...buckets: Bucket[]): BucketGroup => ({ id, name: id, buckets });
const source = (id: string, ...groups: BucketGroup[]): InventorySource => ({ id, label: id, groups });

describe('alignSourceRows', () => {
  it('gives each bucket id one row, with each source’s bucket in its column and null where it has none', () => {
    const titanPrimary = bucket('primary');
    const vaultPrimary = bucket('primary');
    const rows = alignSourceRows([
      source('titan', group('weapons', titanPrimary, bucket('heavy')), group('general', bucket('materials'))),
      source('vault', group('weapons', vaultPrimary), group('general', bucket('vault-general'))),
    ]);
    expect(rows.map((row) => row.id)).toEqual(['primary', 'heavy', 'materials', 'vault-general']);
    expect(rows[0]!.cells).toEqual([titanPrimary, vaultPrimary]);
    expect(rows[1]!.cells[1]).toBeNull();
    expect(rows[3]!.cells[0]).toBeNull();
  });

  it('keeps group order first: a bucket only a later source has joins the end of its group, not the end of all', () => {
    const rows = alignSourceRows([
      source('titan', group('weapons', bucket('primary')), group('armor', bucket('helmet'))),
      source('hunter', group('weapons', bucket('primary'), bucket('special')), group('armor', bucket('helmet'))),
    ]);
    expect(rows.map((row) => row.id)).toEqual(['primary', 'special', 'helmet']);
  });

  it('has no rows without sources', () => {
    expect(alignSourceRows([])).toEqual([]);
  });
});
