/** One column of a table or CSV: its header and whether numbers align right. */
export interface Column {
  readonly key: string;
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** A row: any object, read by column key. */
export type Row = object;

const field = (row: Row, key: string): unknown => (row as Record<string, unknown>)[key];

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value as number | boolean | bigint);
}

/** A plain-text table with a header rule, numbers aligned right. */
export function renderTable(columns: readonly Column[], rows: readonly Row[]): string {
  const texts = rows.map((row) => columns.map((c) => cell(field(row, c.key))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...texts.map((t) => (t[i] ?? '').length)));
  const pad = (text: string, i: number): string => {
    const width = widths[i] ?? 0;
    return columns[i]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const lines = [columns.map((c, i) => pad(c.header, i)).join('  '), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.map((t) => t.map(pad).join('  '))];
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** A CSV field quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: unknown): string {
  const text = cell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header line, then one line per row, each ended by CRLF. */
export function renderCsv(columns: readonly Column[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvField(c.header)), ...rows.map((row) => columns.map((c) => csvField(field(row, c.key))))];
  return lines.map((l) => `${l.join(',')}\r\n`).join('');
}
