/**
 * One CSV cell, RFC 4180 quoted, safe to open in a spreadsheet. Text that starts with = + - @ (or a tab,
 * carriage return or line feed) would run as a formula in Excel, LibreOffice and Google Sheets — document
 * text is untrusted — so it gets a leading apostrophe (OWASP "CSV injection"). Spreadsheets also trim
 * leading blanks (space, no-break space, line breaks, zero-width spaces) before they look, and Excel reads
 * the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as the ASCII ones, so those count too (issue 16.9).
 * Numbers we computed are written as they are: a negative latitude is data, not a formula.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export const csvRows = (rows: (string | number | null | undefined)[][]): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
