import type { Claim } from './claim';
import Papa from 'papaparse';
import { CLAIM_COLUMNS, NUMERIC_CLAIM_COLUMNS } from './claim';
import { readCsvTable } from './csv-table';
import { escapeNumericCell, escapeSpreadsheetCell } from './spreadsheet-safe';
import { parseClaimsCsv } from './parse-claims';
import type { Problem } from './problem';
import { validateClaim, type ValidationContext } from './validate-claims';

/** The result of importing a user's claims file: what joins the dashboard, and what does not and why. */
export interface ImportResult {
  file: string;
  claims: Claim[];
  /** Problems with row, column and reason; rows with a problem are left out. */
  problems: Problem[];
  /** The raw fields of every rejected row, to download back for fixing. */
  rejected: { line: number; fields: Record<string, string>; reasons: string[] }[];
  rowCount: number;
}

/** At most this many problems are listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 500;

/**
 * Imports a claims CSV written by a user with the dataset's own rules. Where the row names a source of the
 * dataset, its quote must be verbatim in that article; otherwise the row is the user's own data without a
 * source, and only the figure-in-quote and value checks apply. Ids already used by the dataset are refused.
 */
export function importClaims(text: string, file: string, ctx: Omit<ValidationContext, 'file'>, taken: ReadonlySet<string>): ImportResult {
  // A file may be one this page downloaded, written spreadsheet-safe: its cells are read back as they were.
  const read = { spreadsheetEscaped: true };
  const parsed = parseClaimsCsv(text, file, read);
  const problems: Problem[] = [...parsed.problems];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const c of parsed.claims) {
    const known = ctx.sources.has(c.sourceId);
    const own = validateClaim(c, { ...ctx, file }).problems.filter((p) => known || (p.column !== 'source_id' && p.column !== 'quote'));
    if (taken.has(c.id)) own.push({ file, line: c.line, column: 'id', reason: `id "${c.id}" is already used by the dataset` });
    else if (seen.has(c.id)) own.push({ file, line: c.line, column: 'id', reason: `duplicate id "${c.id}"` });
    seen.add(c.id);
    problems.push(...own);
    if (own.length === 0) claims.push({ ...c, userData: { file, hasSource: known } });
  }
  problems.sort((a, b) => a.line - b.line);
  const table = readCsvTable(text, file, read);
  // Grouped once: a file with 100,000 bad rows must not compare every row with every problem.
  const reasonsByLine = new Map<number, string[]>();
  for (const p of problems) reasonsByLine.set(p.line, [...(reasonsByLine.get(p.line) ?? []), p.column ? `${p.column}: ${p.reason}` : p.reason]);
  const rejected = table.records.filter((r) => reasonsByLine.has(r.line)).map((r) => ({ line: r.line, fields: r.fields, reasons: reasonsByLine.get(r.line)! }));
  return { file, claims, problems, rejected, rowCount: table.records.length + table.problems.filter((p) => p.line > 1).length };
}

/** The template's example: one valid row of user data (no source), every column present. */
export function templateExampleRow(): Record<string, string> {
  return {
    ...Object.fromEntries(CLAIM_COLUMNS.map((c) => [c.name, ''])),
    id: 'my-gpu-cluster-2025',
    source_id: 'my-notes',
    quote: '我们的集群算力达到2.5EFlops',
    figure: '2.5EFlops',
    metric: 'compute_capacity',
    subject: 'Our GPU cluster',
    region: 'CN',
    value: '2.5',
    qualifier: 'exactly',
    unit: 'EFLOPS',
    year: '2025',
    as_of: '2025-06-01',
    kind: 'observed',
    attributed_to: 'My team',
    topic: 'compute_capacity',
    label_en: 'Our cluster, 2025',
    label_zh: '我们的集群（2025年）',
  };
}

/** A CSV template: the header and one filled-in example row, for users to start from. */
export function claimsTemplateCsv(): string {
  const example = templateExampleRow();
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${CLAIM_COLUMNS.map((c) => c.name).join(',')}\n${CLAIM_COLUMNS.map((c) => cell(example[c.name]!)).join(',')}\n`;
}

/**
 * The rejected rows as a CSV with a `problems` column, to fix and import again: UTF-8 with a byte-order mark
 * for Excel, and spreadsheet-safe (a text cell that would start a formula gets a quote; numbers stay numbers).
 */
export function rejectedRowsCsv(r: Pick<ImportResult, 'rejected'>): string {
  const columns = [...CLAIM_COLUMNS.map((c) => c.name), 'problems'];
  const cell = (column: string, text: string) =>
    NUMERIC_CLAIM_COLUMNS.has(column) ? escapeNumericCell(text) : escapeSpreadsheetCell(text);
  const data = r.rejected.map((x) => {
    const row: Record<string, string> = { ...x.fields, problems: x.reasons.join('; ') };
    return columns.map((c) => cell(c, row[c] ?? ''));
  });
  return `\uFEFF${Papa.unparse({ fields: columns, data })}`;
}
