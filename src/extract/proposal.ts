import type { Reading } from '../data/source';
import type { Derivation, Kind, Metric, Qualifier, Topic, Unit } from '../data/vocabulary';

/** A sentence of a pasted article, with its place in the text (UTF-16 offsets, [start, end)). */
export interface ProposedSentence {
  start: number;
  end: number;
  text: string;
}

/**
 * One candidate claim the proposer reads out of a sentence: the fields a curator would write in
 * claims.csv, guessed, for a person to check, edit and accept. `quote` is the verbatim sentence (trimmed),
 * `figure` the exact substring of it that states the number.
 */
export interface ProposedClaim {
  /** Index of the sentence in `ArticleProposals.sentences`. */
  sentence: number;
  /** The verbatim quote: the sentence (or the clause holding the figure), an exact substring of the text. */
  quote: string;
  /** Where the quote sits in the whole text. */
  quoteStart: number;
  /** The exact substring of the quote that states the figure, and where it sits in the quote. */
  figure: string;
  figureStart: number;
  /** Base units (万/亿/万亿 applied; % kept as written: 52.6% → 52.6). A range has low/high, no value. */
  value?: number;
  valueLow?: number;
  valueHigh?: number;
  qualifier: Qualifier;
  unit: Unit;
  derivation?: Derivation;
  /** The year the figure describes (target year of a forecast); a period for CAGRs and rates. */
  year?: number;
  periodStart?: number;
  periodEnd?: number;
  kind: Kind;
  metric: Metric;
  topic: Topic;
  /** Who the sentence says said it (据… / …表示 / …预测 / …测算 / according to …), or ''. */
  attributedTo: string;
}

/** What the proposer found in one article. */
export interface ArticleProposals {
  language: 'zh' | 'en';
  sentences: ProposedSentence[];
  /** Candidates in reading order. */
  proposals: ProposedClaim[];
}

/** Options: when the article was written (resolves 今年 / this year, and past vs. future years). */
export interface ProposeOptions {
  /** YYYY, YYYY-MM or YYYY-MM-DD; when absent, the latest year the text mentions. */
  asOf?: string;
  /** Correct readings of garbled words in a republished text (sources.csv `readings`): 好意思元=美元. */
  readings?: readonly Reading[];
}
