/** One CSV cell: always quoted, embedded quotes doubled, and formulas defused for spreadsheet programs. */
export function csvCell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV document as Excel in the Netherlands reads it: UTF-8 with BOM, semicolons, CRLF. */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
