import type { ArticleTranslation, TranslatedSentence } from './article-translation';
import type { Claim } from './claim';
import type { Dataset } from './load-dataset';
import type { Problem } from './problem';
import type { Source } from './source';
import type { QuoteOffsets } from './validate-claims';

/**
 * A checked dataset as JSON, without the article texts (they ship as their own files, byte for byte).
 * The build runs the validator over data/ and ships this, so the page does not carry the CSV parser and
 * the validator just to re-check files that cannot have changed since; it shows the same claims and the
 * same problems the validator found.
 */
export interface DatasetJson {
  claims: Claim[];
  sources: Source[];
  offsets: [string, QuoteOffsets][];
  problems: Problem[];
  rowCount: number;
  /** Source id → sentences without their originals (the page cuts them from the article text it loads). */
  translations: [string, Omit<TranslatedSentence, 'original'>[]][];
  names: [string, string][];
  /** The dataset version (dataset-version.ts). */
  version?: string;
  /** Renamed claim id → its id now. */
  renames?: [string, string][];
  /** Claim ids the audit marks (Dataset.auditFlagged). */
  auditFlagged?: string[];
}

/** The JSON form of a checked dataset. */
export function encodeDataset(d: Dataset): DatasetJson {
  return {
    claims: d.claims,
    sources: d.sources,
    offsets: [...d.offsets],
    problems: d.problems,
    rowCount: d.rowCount,
    translations: [...d.translations].map(([id, t]) => [id, t.sentences.map(({ start, end, english, line }) => ({ start, end, english, line }))]),
    names: [...d.names],
    version: d.version,
    renames: d.renames && [...d.renames],
  };
}

function restoreTranslation(sourceId: string, sentences: Omit<TranslatedSentence, 'original'>[], text: string): ArticleTranslation {
  return { sourceId, sentences: sentences.map((s) => ({ ...s, original: text.slice(s.start, s.end) })) };
}

/** A dataset back from its JSON form and the article texts (source id → text). */
export function decodeDataset(json: DatasetJson, sourceTexts: ReadonlyMap<string, string>): Dataset {
  return {
    claims: json.claims,
    sources: json.sources,
    sourceTexts,
    offsets: new Map(json.offsets),
    problems: json.problems,
    rowCount: json.rowCount,
    translations: new Map(
      (json.translations ?? []).map(([id, s]) => [id, restoreTranslation(id, s, sourceTexts.get(id) ?? '')]),
    ),
    names: new Map(json.names ?? []),
    ...(json.version !== undefined && { version: json.version }),
    ...(json.renames && { renames: new Map(json.renames) }),
    ...(json.auditFlagged && { auditFlagged: new Set(json.auditFlagged) }),
  };
}
