import type { TranslationFiles } from './validate-translations';
import type { ClaimHistoryFiles } from './claim-history';

/** The raw files of a dataset, however they were read (fs in the scripts and the build, a worker message on import). */
export interface DatasetFiles {
  claimsCsv: string;
  sourcesCsv: string;
  /** Source id → text of data/sources/<id>.txt. */
  sourceTexts: Record<string, string>;
  claimsFile?: string;
  sourcesFile?: string;
  /** The English side (data/translations/, data/names.csv): given for the curated dataset, whose rules require it. */
  english?: TranslationFiles;
  /** data/claim-ids.txt and data/claim-renames.csv: given for the curated dataset, whose ids must stay stable. */
  history?: ClaimHistoryFiles;
}
