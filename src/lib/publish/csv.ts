/**
 * CSV as German Excel reads it: UTF-8 with a byte order mark (otherwise Excel guesses
 * Windows-1252 and breaks umlauts), semicolons between fields (German Excel uses the comma as
 * decimal separator), CRLF between rows, and fields quoted when they hold a separator, a quote or
 * a line break.
 */

const byteOrderMark = '\uFEFF';

/**
 * One cell. Values starting with = + - @ would be run as formulas by spreadsheet programs
 * (a phone number "+49 …" turns into #NAME?, a crafted value into a command), so they get a
 * leading apostrophe, as OWASP recommends for CSV exports.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: header row, then one row per record. */
export function toCsv(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
