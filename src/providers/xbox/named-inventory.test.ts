import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogProduct } from './adapt-catalog.ts';
import { adaptInventoryPage, type InventoryPage } from './adapt-inventory.ts';
import { inventoryNamer } from './named-inventory.ts';
import { inventoryOfPages } from './paged-inventory.ts';

const id = (n: number) => `9N${String(n).padStart(10, '0')}`;
/** Entitlements `from`..`from + count - 1`, games and add-ons in turn; the last repeats the first's product. */
const page = (from: number, count: number): InventoryPage =>
  adaptInventoryPage({
    items: Array.from({ length: count }, (_, i) => ({
      url: `https://x/users/me/inventory/xuid;${id(from + i)};${from + i}`,
      itemType: (from + i) % 2 ? 'GameContent' : 'GameV2',
      productId: i === count - 1 ? id(from) : id(from + i),
    })),
  });
const product = (n: number, title = `Title ${n}`): CatalogProduct => ({
  productId: id(n),
  title,
  publisher: 'Northwind',
  description: null,
  art: null,
  parentId: null,
});
const answer = (...numbers: number[]): Catalog => new Map(numbers.map((n) => [id(n), product(n)]));
const names = (inventory: { groups: { buckets: { items: { name: string }[] }[] }[] }) =>
  inventory.groups.flatMap((group) => group.buckets.flatMap((bucket) => bucket.items.map((item) => item.name)));

describe('naming a growing inventory', () => {
  const pages = [page(0, 6), page(6, 6), page(12, 6)];
  const answers = [answer(0, 1, 2), answer(7, 8), answer(3, 4, 5, 6), answer(12, 13, 14)];

  it('names as naming everything at once does, step by step, leaving what it gave before as it was', () => {
    const named = inventoryNamer();
    const steps = [
      named(inventoryOfPages(pages.slice(0, 1)), []),
      named(inventoryOfPages(pages.slice(0, 1)), answers.slice(0, 1)),
      named(inventoryOfPages(pages.slice(0, 2)), answers.slice(0, 2)),
      named(inventoryOfPages(pages.slice(0, 2)), answers.slice(0, 3)),
    ];
    const copies = steps.map((step) => structuredClone(step));
    const last = named(inventoryOfPages(pages), answers);
    expect(last).toEqual(inventoryNamer()(inventoryOfPages(pages), answers));
    steps.forEach((step, i) => expect(step).toEqual(copies[i]));
    // Products 3 to 6 were answered after their items were shown: they are renamed; 15 and 16 never were.
    expect(names(last)).toContain('Title 3');
    expect(names(last)).toContain(`Add-on ${id(15)}`);
    expect(names(steps[0]!)).toEqual(names(inventoryOfPages(pages.slice(0, 1))));
  });

  it('gives an unnamed inventory back as it is, keeps buckets nothing renamed, and starts over when answers are dropped', () => {
    const named = inventoryNamer();
    const first = inventoryOfPages(pages.slice(0, 1));
    expect(named(first, [])).toBe(first);
    // Only games are answered (even numbers; the last add-on is product 0): the add-ons' bucket stays the grouped one.
    const games = named(first, [answer(2, 4)]);
    expect(games.groups[0]!.buckets[1]).toBe(first.groups[0]!.buckets[1]);
    expect(games.groups[0]!.buckets[0]!.items.map((item) => item.name)).toEqual([
      `Game ${id(0)}`,
      'Title 2',
      'Title 4',
    ]);
    const renamed = named(first, [answer(1, 3, 5)]);
    expect(renamed).toEqual(inventoryNamer()(first, [answer(1, 3, 5)]));
    expect(names(renamed)).toContain(`Game ${id(0)}`);
  });
});
