import type { Claim } from './claim';
import { parseClaimsCsv } from './parse-claims';
import { parseSourcesCsv } from './parse-sources';
import type { Problem } from './problem';
import type { Source } from './source';
import type { ArticleTranslation } from './article-translation';
import { validateClaims, type QuoteOffsets } from './validate-claims';
import { checkClaimHistory } from './claim-history';
import { datasetVersion } from './dataset-version';
import { validateTranslations } from './validate-translations';

import type { DatasetFiles } from './dataset-files';

export type { DatasetFiles };

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
  /** Source id → the article body aligned sentence by sentence with the curators' translation. */
  translations: ReadonlyMap<string, ArticleTranslation>;
  /** Name as written in the data → its English form (data/names.csv). */
  names: ReadonlyMap<string, string>;
  /** A short content hash of the files the dataset was read from (see dataset-version.ts). */
  version?: string;
  /** A renamed claim id → the id it has now (data/claim-renames.csv), so old links still open it. */
  renames?: ReadonlyMap<string, string>;
  /**
   * The claims the audit marks, computed by the build: the page's first charts (and the build's pictures
   * of them) show the marks before the page's own audit has run.
   */
  auditFlagged?: ReadonlySet<string>;
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
  const english = files.english
    ? validateTranslations(parsed.claims, src.sources, texts, files.english, claimsFile, new Set(checked.problems.map((p) => p.line)))
    : { translations: new Map(), names: new Map(), claimProblems: [], otherProblems: [] };
  const claimProblems = [...checked.problems, ...english.claimProblems].sort((a, b) => a.line - b.line);
  const bad = new Set(claimProblems.map((p) => p.line));
  const history = files.history ? checkClaimHistory(parsed.ids, files.history, claimsFile) : undefined;
  // Names are kept once, in data/names.csv; each claim and source carries its English form from there on.
  const en = (name: string) => english.names.get(name);
  return {
    claims: parsed.claims.filter((c) => !bad.has(c.line)).map((c) => (en(c.attributedTo) ? { ...c, attributedToEn: en(c.attributedTo) } : c)),
    sources: src.sources.map((s) => ({ ...s, authorEn: en(s.author) ?? s.authorEn, outletEn: en(s.outlet) ?? s.outletEn })),
    sourceTexts: texts,
    offsets: checked.offsets,
    problems: [
      ...src.problems,
      ...sourceProblems,
      ...parsed.problems,
      ...claimProblems,
      ...english.otherProblems,
      ...(history?.problems ?? []),
    ],
    rowCount: parsed.claims.length + new Set(parsed.problems.filter((p) => p.line > 1).map((p) => p.line)).size,
    translations: english.translations,
    names: english.names,
    version: datasetVersion(files),
    ...(history && { renames: history.redirects }),
  };
}
