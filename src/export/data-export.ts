import Papa from 'papaparse';
import { CLAIM_COLUMNS, type Claim } from '../data/claim';
import type { Source } from '../data/source';
import { escapeSpreadsheetCell } from '../data/spreadsheet-safe';
import { isoDay } from './file-name';

/** The provenance columns added to every exported claim: the speaker in English (data/names.csv) and the source (sources.csv). */
export const SOURCE_EXPORT_COLUMNS = [
  'attributed_to_en',
  'source_title',
  'source_title_en',
  'source_outlet',
  'source_author',
  'source_url',
  'source_published',
  'source_date_inferred',
] as const;

/** Every column of an exported claim: all of claims.csv's, in file order, the source's, then the dataset version. */
export const EXPORT_COLUMNS: readonly string[] = [
  ...CLAIM_COLUMNS.map((c) => c.name),
  ...SOURCE_EXPORT_COLUMNS,
  'dataset_version',
];

/** One value of an exported row: numbers stay numbers in JSON, missing values are null. */
export type ExportCell = string | number | boolean | null;
/** One exported claim, keyed by column name. */
export type ExportRow = Record<string, ExportCell>;

/** `value_low` → `valueLow`: the Claim field a claims.csv column is read into. */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

function cellOf(v: unknown): ExportCell {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.join(';'); // flags, as claims.csv writes them
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/**
 * The claims as rows with every claims.csv column plus their source's title, outlet, author, URL and date,
 * and the version of the dataset they were downloaded from.
 */
export function claimRows(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, version?: string): ExportRow[] {
  return claims.map((c) => {
    const row: ExportRow = {};
    const fields = c as unknown as Record<string, unknown>;
    for (const col of CLAIM_COLUMNS) row[col.name] = cellOf(fields[fieldOf(col.name)]);
    const s = sources.get(c.sourceId);
    row.attributed_to_en = c.attributedToEn ?? null;
    row.source_title = s?.title ?? null;
    row.source_title_en = s?.titleEn ?? null;
    row.source_outlet = s?.outlet ?? null;
    row.source_author = s?.author ?? null;
    row.source_url = s?.url ?? null;
    row.source_published = s?.published ?? null;
    row.source_date_inferred = s ? s.dateInferred : null;
    row.dataset_version = version ?? null;
    return row;
  });
}

/** A number as claims.csv writes it: plain digits, never exponent notation (1e21 → 1000000000000000000000). */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

/** A cell as the CSV writes it: numbers as numbers (never escaped: -5 is not a formula), text spreadsheet-safe. */
export function csvCell(v: ExportCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v);
  return typeof v === 'string' ? escapeSpreadsheetCell(v) : String(v);
}

/**
 * The claims as CSV: a UTF-8 byte-order mark so Excel reads the Chinese as UTF-8, CRLF line ends, quoting
 * as RFC 4180 says (papaparse quotes fields holding commas, quotes or line breaks), and no text cell that a
 * spreadsheet would run as a formula (see spreadsheet-safe.ts; importing the file back restores the text).
 */
export function claimsToCsv(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, version?: string): string {
  const rows = claimRows(claims, sources, version);
  const data = rows.map((r) => EXPORT_COLUMNS.map((col) => csvCell(r[col] ?? null)));
  return `\uFEFF${Papa.unparse({ fields: [...EXPORT_COLUMNS], data }, { newline: '\r\n' })}`;
}

/** The claims as JSON: the dataset's name and version, the day, the columns, and one object per claim. */
export function claimsToJson(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  date: Date,
  version?: string,
): string {
  const doc = {
    dataset: 'AI compute claims',
    version: version ?? null,
    file: 'data/claims.csv',
    exported: isoDay(date),
    count: claims.length,
    columns: EXPORT_COLUMNS,
    claims: claimRows(claims, sources, version),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
