import type { Claim } from './claim';
import type { Flag } from './vocabulary';
import { CLAIM_COLUMNS, REQUIRED_CLAIM_COLUMNS } from './claim';
import { missingColumns, readCsvTable, type CsvReadOptions, type CsvRecord } from './csv-table';
import { readNumber, readPartialDate, readPositiveInt, readVocab, readYear, type FieldResult } from './field-parsers';
import type { Problem } from './problem';
import { DERIVATIONS, FLAGS, KINDS, METRICS, QUALIFIERS, TOPICS, UNITS } from './vocabulary';

/** Claims read from a CSV file: the rows that are well-formed, and a problem for each field that is not. */
export interface ParsedClaims {
  claims: Claim[];
  problems: Problem[];
  /** The id of every row as written, well-formed or not (the id history checks them all). */
  ids: string[];
}

const TEXT_REQUIRED = ['id', 'source_id', 'quote', 'figure', 'subject', 'attributed_to', 'label_en', 'label_zh'] as const;

/** The `flags` cell: vocabulary keys separated by ";" (empty: none). */
function readFlags(raw: string): FieldResult<Flag[]> {
  const out: Flag[] = [];
  for (const part of raw.split(';').map((p) => p.trim()).filter(Boolean)) {
    const r = readVocab(part, FLAGS, 'flag');
    if (!r.ok) return r;
    if (!out.includes(r.value)) out.push(r.value);
  }
  return { ok: true, value: out };
}

/** Converts one CSV record into a Claim, collecting a problem per bad field. */
export function recordToClaim(rec: CsvRecord, file: string, skipColumns: ReadonlySet<string>): { claim?: Claim; problems: Problem[] } {
  const problems: Problem[] = [];
  const f = (name: string) => rec.fields[name] ?? '';
  const take = <T>(column: string, r: FieldResult<T>): T | undefined => {
    if (r.ok) return r.value;
    if (!skipColumns.has(column)) problems.push({ file, line: rec.line, column, reason: r.reason });
    return undefined;
  };
  for (const column of TEXT_REQUIRED) {
    if (f(column).trim() === '' && !skipColumns.has(column)) problems.push({ file, line: rec.line, column, reason: 'required field is empty' });
  }
  const derivationRaw = f('derivation').trim();
  const claim = {
    id: f('id').trim(),
    sourceId: f('source_id').trim(),
    quote: f('quote'),
    quoteOccurrence: take('quote_occurrence', readPositiveInt(f('quote_occurrence'))),
    figure: f('figure'),
    quoteEn: f('quote_en').trim(),
    metric: take('metric', readVocab(f('metric'), METRICS, 'metric')),
    subject: f('subject').trim(),
    region: f('region').trim(),
    value: take('value', readNumber(f('value'))),
    valueLow: take('value_low', readNumber(f('value_low'))),
    valueHigh: take('value_high', readNumber(f('value_high'))),
    qualifier: f('qualifier').trim() === '' ? 'exactly' : take('qualifier', readVocab(f('qualifier'), QUALIFIERS, 'qualifier')),
    unit: take('unit', readVocab(f('unit'), UNITS, 'unit')),
    derivation: derivationRaw === '' ? undefined : take('derivation', readVocab(derivationRaw, DERIVATIONS, 'derivation')),
    year: take('year', readYear(f('year'))),
    periodStart: take('period_start', readYear(f('period_start'))),
    periodEnd: take('period_end', readYear(f('period_end'))),
    asOf: take('as_of', readPartialDate(f('as_of'))),
    kind: take('kind', readVocab(f('kind'), KINDS, 'kind')),
    attributedTo: f('attributed_to').trim(),
    topic: take('topic', readVocab(f('topic'), TOPICS, 'topic')),
    labelEn: f('label_en').trim(),
    labelZh: f('label_zh').trim(),
    flags: take('flags', readFlags(f('flags'))),
    note: f('note').trim(),
    line: rec.line,
  };
  if (problems.length > 0) return { problems };
  return { claim: claim as Claim, problems };
}

/**
 * Reads claims.csv text. Never throws: CSV-level problems (BOM, CRLF, ragged rows, unclosed quotes,
 * missing columns) and field-level problems are reported with line and column, and every
 * well-formed row is returned.
 */
export function parseClaimsCsv(text: string, file = 'claims.csv', options: CsvReadOptions = {}): ParsedClaims {
  const table = readCsvTable(text, file, options);
  const headerProblems = missingColumns(table, REQUIRED_CLAIM_COLUMNS, file);
  const unknown = table.header.filter((h) => h !== '' && !CLAIM_COLUMNS.some((c) => c.name === h));
  const unknownProblems: Problem[] = unknown.map((column) => ({ file, line: 1, column, reason: 'unknown column (ignored)' }));
  // A column missing from the header is reported once there, not again on every row.
  const skip = new Set(headerProblems.map((p) => p.column!));
  const problems: Problem[] = [...table.problems, ...headerProblems, ...unknownProblems];
  const claims: Claim[] = [];
  for (const rec of table.records) {
    const r = recordToClaim(rec, file, skip);
    problems.push(...r.problems);
    if (r.claim && skip.size === 0) claims.push(r.claim);
  }
  problems.sort((a, b) => a.line - b.line);
  return { claims, problems, ids: table.records.map((r) => (r.fields.id ?? '').trim()).filter(Boolean) };
}
