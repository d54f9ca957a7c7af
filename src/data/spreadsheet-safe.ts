// CSV injection (OWASP): Excel, LibreOffice and Google Sheets run a cell that begins with =, +, -, @, a tab
// or a carriage return as a formula. A downloaded CSV prefixes such a text cell with a single quote, which
// the spreadsheets show as text and hide; importing the file back removes that one quote again.

/** A text cell a spreadsheet would run as a formula, after any quotes an earlier escape added. */
const ESCAPED_OR_FORMULA = /^'*[=+\-@\t\r]/;
/** A plain decimal number: a spreadsheet reads it as a number, never as a formula ("-5" included). */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A text cell made safe to open in a spreadsheet: one single quote put before a cell that would start a
 * formula. Cells that already start with quotes before such a character get one more, so that reading the
 * file back (`unescapeSpreadsheetCell`) always gives the text that was written, whatever it was.
 */
export function escapeSpreadsheetCell(text: string): string {
  return ESCAPED_OR_FORMULA.test(text) ? `'${text}` : text;
}

/** The original text of a cell `escapeSpreadsheetCell` wrote: the one added quote removed. */
export function unescapeSpreadsheetCell(text: string): string {
  return text.startsWith("'") && ESCAPED_OR_FORMULA.test(text) ? text.slice(1) : text;
}

/**
 * A cell of a numeric column: a plain number is written as it is, so it stays a number (a negative one is
 * not a formula); anything else in it is text and escaped like any other.
 */
export function escapeNumericCell(text: string): string {
  return PLAIN_NUMBER.test(text) ? text : escapeSpreadsheetCell(text);
}
