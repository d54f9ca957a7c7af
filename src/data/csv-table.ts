import Papa from 'papaparse';
import type { Problem } from './problem';
import { unescapeSpreadsheetCell } from './spreadsheet-safe';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/** A CSV file read leniently: every readable row, and a problem for every unreadable one. */
export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
}

const BOM = '\uFEFF';

/**
 * Line numbers (1-based) of increasing character offsets. Rows arrive in order, so counting only the
 * newlines since the previous row keeps a 50 MB file linear instead of quadratic.
 */
function lineCounter(text: string) {
  let at = 0;
  let line = 1;
  return (offset: number): number => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

interface RawRow {
  data: string[];
  start: number;
  unclosedQuote: boolean;
}

/** Papaparse in step mode, so each row knows where it starts. */
function rawRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (r) => {
      rows.push({ data: r.data, start, unclosedQuote: r.errors.some((e) => e.code === 'MissingQuotes') });
      start = r.meta.cursor;
    },
  });
  return rows;
}

/** How to read a CSV file's cells. */
export interface CsvReadOptions {
  /**
   * The file may have been written spreadsheet-safe (a quote before a cell that would start a formula, see
   * spreadsheet-safe.ts): remove that quote. For files users bring; the curated data is read as written.
   */
  spreadsheetEscaped?: boolean;
}

/**
 * Reads a CSV file into records keyed by header names. Never throws: a BOM is dropped, CRLF is accepted,
 * a row with the wrong number of fields is reported and skipped, and an unclosed quote is reported at the
 * line where it opens while reading resumes on the next line, so the rows after it are not lost.
 */
export function readCsvTable(input: string, file: string, options: CsvReadOptions = {}): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const problems: Problem[] = [];
  if (text.trim() === '') return { header: [], records: [], problems: [{ file, line: 0, reason: 'the file is empty' }] };
  if (text.includes('\u0000')) {
    return { header: [], records: [], problems: [{ file, line: 0, reason: 'the file is binary, not UTF-8 CSV text' }] };
  }

  const records: CsvRecord[] = [];
  const cell = options.spreadsheetEscaped ? unescapeSpreadsheetCell : (s: string) => s;
  const lineAt = lineCounter(text);
  let header: string[] = [];
  let offset = 0;
  let rest = text;
  // Resume after each unclosed quote: the broken row is reported, the ones after it still load.
  for (;;) {
    let resumeAt = -1;
    for (const row of rawRows(rest)) {
      const absStart = offset + row.start;
      const line = lineAt(absStart);
      if (row.unclosedQuote) {
        problems.push({ file, line, reason: 'unclosed quote: a field opens with " and never closes; row skipped' });
        const nl = text.indexOf('\n', absStart);
        resumeAt = nl < 0 ? -1 : nl + 1;
        if (resumeAt < 0) resumeAt = text.length;
        break;
      }
      if (row.data.length === 1 && row.data[0]!.trim() === '') continue; // blank line
      if (header.length === 0) {
        header = row.data.map((h) => h.trim());
        continue;
      }
      if (row.data.length !== header.length) {
        problems.push({
          file,
          line,
          reason: `ragged row: expected ${header.length} fields, found ${row.data.length}; row skipped`,
        });
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((h, i) => (fields[h] = cell(row.data[i]!.replace(/\r$/, ''))));
      records.push({ line, fields });
    }
    if (resumeAt < 0 || resumeAt >= text.length) break;
    offset = resumeAt;
    rest = text.slice(resumeAt);
  }
  if (header.length === 0) problems.push({ file, line: 0, reason: 'no header row' });
  else if (records.length === 0 && problems.length === 0) problems.push({ file, line: 1, reason: 'header only: no data rows' });
  return { header, records, problems };
}

/** Problems for required columns the header lacks. */
export function missingColumns(table: CsvTable, required: readonly string[], file: string): Problem[] {
  if (table.header.length === 0) return [];
  return required
    .filter((c) => !table.header.includes(c))
    .map((column) => ({ file, line: 1, column, reason: 'missing column in the header' }));
}
