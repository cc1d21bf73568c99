/**
 * CSV that Excel and LibreOffice open correctly: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark (without it Excel reads "Sosialisasi é" as mojibake). Cells that a spreadsheet would
 * run as a formula are neutralised: captions and notes are text the admin did not write for Excel.
 */

const BOM = '\uFEFF';
/** OWASP's list: a leading = + - @ (and tab / CR, which some spreadsheets strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
