/** One cell of a CSV file: text, a number, or nothing. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab/carriage return before one) gets a
 * leading apostrophe, so a customer name like `=HYPERLINK(…)` opens as text (CSV injection). Numbers are numbers:
 * `-5` stays -5.
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: a header line then the rows, CRLF between lines. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Saves the rows as `<name>.csv`. The byte-order mark makes Excel read the file as UTF-8, so Chinese names survive.
 */
export function downloadCsv(name: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  saveFile(`${name}.csv`, new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
