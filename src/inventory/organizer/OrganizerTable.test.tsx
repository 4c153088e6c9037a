import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { Bucket, InventorySource, Item } from '../model.ts';
import type { OrganizerColumn } from './organizer-columns.ts';
import { OrganizerTable } from './OrganizerTable.tsx';

const attack = (value: number) => [{ id: 'attack', name: 'Attack', value }];
const items = [
  modelItem('Thorn', { instanceId: '6917529137866443530', typeName: 'Hand Cannon', stats: attack(300) }),
  modelItem('=cmd', { typeName: 'Auto Rifle', stats: attack(320) }),
  modelItem('Red Death', { typeName: 'Pulse Rifle' }),
];
const bucket: Bucket = { id: 'primary', name: 'Primary', order: 0, items };
const titan: InventorySource = {
  id: 'titan',
  label: 'Titan',
  groups: [{ id: 'w', name: 'Weapons', buckets: [bucket] }],
};
const shine: OrganizerColumn = { id: 'shine', label: 'Shine', kind: 'text', value: (row) => `${row.item.name}!` };

function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

function renderTable(url = '/', sources = [titan], matching: Map<Bucket, Set<Item>> | null = null) {
  const element = (
    <>
      <Where />
      <OrganizerTable
        sources={sources}
        search={{ matching }}
        itemHref={(item) => `/items/${item.key}`}
        extraColumns={[shine]}
        fileName="gearview-destiny-2026-12-05.csv"
      />
    </>
  );
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: [url] });
  return render(<RouterProvider router={router} />);
}

const bodyNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

/** jsdom's Blob has no `arrayBuffer()`; its FileReader reads the bytes as they are, BOM and all. */
function readBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('OrganizerTable', () => {
  it('is a table with a header row, a row per item linking to its page, and the stats among the columns', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Items' });
    expect(table).toHaveAttribute('aria-rowcount', '4');
    const [header, first] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Type', 'Attack', 'Shine', 'Location', 'Quantity']);
    expect(first).toHaveAttribute('aria-rowindex', '2');
    expect(within(first!).getByRole('link', { name: 'Thorn' })).toHaveAttribute('href', '/items/Thorn');
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Hand Cannon', '300', 'Thorn!', 'Titan', '1']);
    expect(screen.getByRole('region', { name: 'Organizer' })).toHaveAttribute('tabindex', '0');
  });

  it('sorts by a header, reverses on a second click, keeps the order in the URL, and missing values go last', async () => {
    const user = userEvent.setup();
    renderTable();
    const header = screen.getByRole('columnheader', { name: 'Attack' });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyNames()).toEqual(['=cmd', 'Thorn', 'Red Death']);
    // The URL follows once the new order is painted.
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('?ocol=stat-attack&odir=desc'));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyNames()).toEqual(['Thorn', '=cmd', 'Red Death']);
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('?ocol=stat-attack&odir=asc'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
  });

  it('opens sorted as the URL says', () => {
    renderTable('/?ocol=name&odir=desc');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyNames()).toEqual(['Thorn', 'Red Death', '=cmd']);
  });

  it('shows only what the search matched', () => {
    renderTable('/', [titan], new Map([[bucket, new Set([items[2]!])]]));
    expect(bodyNames()).toEqual(['Red Death']);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '2');
  });

  it('draws only the rows near the viewport of 10,000', () => {
    const many = Array.from({ length: 10_000 }, (_, n) => modelItem(`Item ${n}`));
    const vault: InventorySource = {
      id: 'vault',
      label: 'Vault',
      groups: [{ id: 'g', name: 'G', buckets: [{ id: 'b', name: 'B', order: 0, items: many }] }],
    };
    renderTable('/', [vault]);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    const drawn = screen.getAllByRole('row').length - 1;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(100);
  });

  it('keeps the row holding focus while the page scrolls far from it', async () => {
    const many = Array.from({ length: 10_000 }, (_, n) => modelItem(`Item ${n}`));
    const vault: InventorySource = {
      id: 'vault',
      label: 'Vault',
      groups: [{ id: 'g', name: 'G', buckets: [{ id: 'b', name: 'B', order: 0, items: many }] }],
    };
    let top = 0;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ top }) as DOMRect);
    renderTable('/', [vault]);
    const link = screen.getByRole('link', { name: 'Item 1' });
    link.focus();
    top = -200_000;
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    expect(screen.getByRole('link', { name: 'Item 5000' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Item 2' })).toBeNull();
    expect(document.activeElement).toBe(link);
    expect(link).toHaveTextContent('Item 1');
    expect(link.closest('tr')).toHaveAttribute('aria-rowindex', '3');
  });

  it('downloads the shown rows, sorted, as CSV', async () => {
    const user = userEvent.setup();
    // jsdom has neither: the file is caught where the page hands it over.
    URL.createObjectURL = vi.fn(() => 'blob:csv');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderTable('/?ocol=name&odir=asc', [titan], new Map([[bucket, new Set([items[0]!, items[1]!])]]));
    await act(() => user.click(screen.getByRole('button', { name: 'Download CSV' })));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('gearview-destiny-2026-12-05.csv');
    const bytes = new Uint8Array(await readBytes(vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')).toEqual([
      '\uFEFFName,Type,Attack,Shine,Location,Quantity,Instance id,Definition id',
      "'=cmd,Auto Rifle,320,'=cmd!,Titan,1,'=cmd,'=cmd",
      'Thorn,Hand Cannon,300,Thorn!,Titan,1,"=""6917529137866443530""","=""Thorn"""',
      '',
    ]);
  });
});
