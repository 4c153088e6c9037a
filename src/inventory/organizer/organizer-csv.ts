import type { OrganizerColumn, OrganizerRow } from './organizer-columns.ts';

/** Lets Excel know the file is UTF-8, so names with accents survive opening it. */
const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Text from a provider that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and the tab
 * and carriage return OWASP adds) gets a leading apostrophe, so it stays text.
 */
function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Ids go out as `="…"`. A spreadsheet reads a cell of digits as a number, and quoting the field
 * does not stop it: a 64-bit id keeps 15 significant digits, and a hex id like `1E5` becomes
 * 100000. Excel, LibreOffice and Google Sheets all read `="…"` as exactly the text inside, which
 * no other spelling (an apostrophe, a tab, a leading space) achieves without changing the value a
 * person copies out. Only ids of word characters, dots and hyphens are wrapped, so the wrapper can
 * never carry a formula of the provider's; anything else goes out as guarded text.
 */
function idField(id: string): string {
  return /^[\w.-]+$/.test(id) ? `="${id}"` : guard(id);
}

function field(column: OrganizerColumn, row: OrganizerRow): string {
  const value = column.value(row);
  if (value === null) return '';
  const words = column.text?.(row);
  if (words != null) return guard(words);
  if (typeof value === 'number') return column.kind === 'date' ? new Date(value).toISOString() : String(value);
  return column.kind === 'id' ? idField(value) : guard(value);
}

/** The rows as a CSV file's text: BOM, a header row, one line per row, CRLF line ends. */
export function organizerCsv(columns: readonly OrganizerColumn[], rows: readonly OrganizerRow[]): string {
  const lines = [columns.map((column) => quote(column.label)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => quote(field(column, row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** `gearview-destiny-2026-12-05.csv`: whose items, and the day (the person's own) they were saved. */
export function organizerFileName(provider: string, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0'));
  return `gearview-${provider}-${day.join('-')}.csv`;
}
