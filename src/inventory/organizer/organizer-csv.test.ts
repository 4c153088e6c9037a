import { describe, expect, it } from 'vitest';
import { modelItem } from '../../../test/fixtures/items.ts';
import type { InventorySource } from '../model.ts';
import { organizerColumns, organizerRows, type OrganizerColumn } from './organizer-columns.ts';
import { organizerCsv, organizerFileName } from './organizer-csv.ts';

const source: InventorySource = {
  id: 'vault',
  label: 'Vault',
  groups: [
    {
      id: 'g',
      name: 'G',
      buckets: [
        {
          id: 'b',
          name: 'B',
          order: 0,
          items: [
            modelItem('Gjallarhorn, "the" rocket', {
              instanceId: '6917529137866443530',
              definitionId: '1274330687',
              tier: 'exotic',
              tierName: 'Exotic',
            }),
            modelItem('=HYPERLINK("http://evil")', { instanceId: null, definitionId: '1E5', quantity: 3 }),
            modelItem('-2+3', { instanceId: 'a"b', definitionId: '@x', tierName: '+Rare' }),
          ],
        },
      ],
    },
  ],
};
const rows = organizerRows([source]);
const acquired: OrganizerColumn = {
  id: 'acquired',
  label: 'Acquired, UTC',
  kind: 'date',
  value: () => Date.UTC(2026, 11, 5, 18, 30),
};
const csv = organizerCsv(organizerColumns(rows, [acquired]), rows);
const lines = csv.slice(1).split('\r\n');

describe('organizerCsv', () => {
  it('starts with a BOM and a header row, and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFName,Tier,')).toBe(true);
    expect(lines[0]).toBe('Name,Tier,"Acquired, UTC",Location,Quantity,Instance id,Definition id');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('quotes fields with commas and quotes, and writes ids as text a spreadsheet keeps whole', () => {
    expect(lines[1]).toBe(
      '"Gjallarhorn, ""the"" rocket",Exotic,2026-12-05T18:30:00.000Z,Vault,1,"=""6917529137866443530""","=""1274330687"""',
    );
  });

  it('turns provider text that would run as a formula into text, and leaves missing values empty', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://evil"")",,2026-12-05T18:30:00.000Z,Vault,3,,"=""1E5"""`);
    expect(lines[3]).toBe(`'-2+3,'+Rare,2026-12-05T18:30:00.000Z,Vault,1,"a""b",'@x`);
  });
});

describe('organizerFileName', () => {
  it('names the provider and the local day', () => {
    expect(organizerFileName('playfab', new Date(2026, 0, 7, 23, 59))).toBe('gearview-playfab-2026-01-07.csv');
  });
});
