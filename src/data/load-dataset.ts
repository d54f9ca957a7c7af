import type { Claim } from './claim';
import { parseClaimsCsv } from './parse-claims';
import { parseSourcesCsv } from './parse-sources';
import type { Problem } from './problem';
import type { Source } from './source';
import { validateClaims, type QuoteOffsets } from './validate-claims';

/** The raw files of a dataset, however they were read (fs in the scripts and the build, a worker message on import). */
export interface DatasetFiles {
  claimsCsv: string;
  sourcesCsv: string;
  /** Source id → text of data/sources/<id>.txt. */
  sourceTexts: Record<string, string>;
  claimsFile?: string;
  sourcesFile?: string;
}

/** A checked dataset: only claims that passed every rule, plus every problem found. */
export interface Dataset {
  claims: Claim[];
  sources: Source[];
  sourceTexts: ReadonlyMap<string, string>;
  /** Claim id → where its quote sits in the source text. */
  offsets: ReadonlyMap<string, QuoteOffsets>;
  problems: Problem[];
  /** Rows read from claims.csv, valid or not. */
  rowCount: number;
}

/** Parses and validates a dataset. Never throws; invalid rows are dropped and reported, valid ones kept. */
export function loadDataset(files: DatasetFiles): Dataset {
  const claimsFile = files.claimsFile ?? 'data/claims.csv';
  const sourcesFile = files.sourcesFile ?? 'data/sources.csv';
  const src = parseSourcesCsv(files.sourcesCsv, sourcesFile);
  const parsed = parseClaimsCsv(files.claimsCsv, claimsFile);
  const texts = new Map(Object.entries(files.sourceTexts));
  const sourceProblems: Problem[] = src.sources
    .filter((s) => !texts.has(s.id))
    .map((s) => ({ file: sourcesFile, line: s.line, column: 'id', reason: `no text file data/sources/${s.id}.txt` }));
  const checked = validateClaims(parsed.claims, {
    file: claimsFile,
    sources: new Map(src.sources.map((s) => [s.id, s])),
    texts,
  });
  const bad = new Set(checked.problems.map((p) => p.line));
  return {
    claims: parsed.claims.filter((c) => !bad.has(c.line)),
    sources: src.sources,
    sourceTexts: texts,
    offsets: checked.offsets,
    problems: [...src.problems, ...sourceProblems, ...parsed.problems, ...checked.problems],
    rowCount: parsed.claims.length + new Set(parsed.problems.filter((p) => p.line > 1).map((p) => p.line)).size,
  };
}
