import type { Derivation, Flag, Kind, Metric, Qualifier, Topic, Unit } from './vocabulary';

/** One quantitative claim of a source article, tied to the verbatim sentence that makes it. */
export interface Claim {
  id: string;
  sourceId: string;
  quote: string;
  /** 1-based occurrence of the quote in the source, when the same text appears more than once. */
  quoteOccurrence?: number;
  figure: string;
  /** The dataset curators' English translation of the whole quote (empty for imported claims without one). */
  quoteEn: string;
  metric: Metric;
  subject: string;
  region: string;
  value?: number;
  valueLow?: number;
  valueHigh?: number;
  qualifier: Qualifier;
  unit: Unit;
  derivation?: Derivation;
  year?: number;
  periodStart?: number;
  periodEnd?: number;
  asOf: string;
  kind: Kind;
  attributedTo: string;
  /** The English form of attributed_to from data/names.csv, set when the curated dataset loads. */
  attributedToEn?: string;
  topic: Topic;
  labelEn: string;
  labelZh: string;
  /** What a curator found wrong or unusual about the figure (vocabulary FLAGS). */
  flags: Flag[];
  note: string;
  /** Line in claims.csv the row starts on (for messages). */
  line: number;
  /** Set on claims a user imported: they are theirs, not the curated dataset's. */
  userData?: { file: string; hasSource: boolean };
}

/** A column of claims.csv, with what it means; the README's data dictionary is written from this. */
export interface ColumnSpec {
  name: string;
  required: boolean;
  description: string;
  example: string;
}

/** Every column of claims.csv, in file order. */
export const CLAIM_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', required: true, description: 'Stable unique kebab-case id; deep links and exports cite it.', example: 'he-liquid-cooling-market-2023' },
  { name: 'source_id', required: true, description: 'The id of a row of sources.csv (and of data/sources/<id>.txt).', example: 'caict-he-2024' },
  { name: 'quote', required: true, description: 'Verbatim substring of the source text: the shortest complete clause or sentence holding the figure.', example: '2023年中国液冷服务器市场规模15.5亿美元' },
  { name: 'quote_occurrence', required: false, description: '1-based occurrence of the quote when the same text appears more than once in the source; empty otherwise.', example: '1' },
  { name: 'figure', required: true, description: 'The substring of the quote that states the figure; the validator parses the number from it and the UI emphasises it.', example: '15.5亿美元' },
  { name: 'quote_en', required: false, description: "The dataset curators' faithful English translation of the whole quote (not the outlet's words): figures in numerals with scale words, garbled words by their correct reading. Required for the curated dataset; the validator reads its figure back.", example: 'In 2023 the Chinese liquid-cooled server market reached USD 1.55 billion' },
  { name: 'metric', required: true, description: 'What is measured, from the metric vocabulary.', example: 'market_size' },
  { name: 'subject', required: true, description: 'What the figure is about, in English.', example: 'China liquid-cooled server market' },
  { name: 'region', required: false, description: 'CN, global, US, a province or city …', example: 'CN' },
  { name: 'value', required: false, description: 'The figure in base units (no 万/亿 scaling). Empty for a pure range.', example: '1550000000' },
  { name: 'value_low', required: false, description: 'Lower bound of a range, base units.', example: '3' },
  { name: 'value_high', required: false, description: 'Upper bound of a range, base units.', example: '4' },
  { name: 'qualifier', required: true, description: 'exactly, about, at_least, more_than, up_to, less_than (超过, 不低于, 以上, 近, 约, 高达 …).', example: 'more_than' },
  { name: 'unit', required: true, description: 'Unit of value/low/high, from the unit vocabulary.', example: 'USD' },
  { name: 'derivation', required: false, description: 'How the stored number derives from the written one when it is not written as is (checked by the validator).', example: 'fraction_to_percent' },
  { name: 'year', required: false, description: 'The year the figure describes; the target year of a forecast or target (empty when the text names none).', example: '2030' },
  { name: 'period_start', required: false, description: 'First year of the span a CAGR or change covers.', example: '2023' },
  { name: 'period_end', required: false, description: 'Last year of that span.', example: '2028' },
  { name: 'as_of', required: true, description: 'When the claim was made: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known.', example: '2024-12-18' },
  { name: 'kind', required: true, description: 'observed, estimate, forecast, target or conditional.', example: 'forecast' },
  { name: 'attributed_to', required: true, description: 'Who originally said it, distinct from the outlet.', example: '赛迪顾问 (CCID)' },
  { name: 'topic', required: true, description: 'The dashboard view the claim belongs to.', example: 'liquid_cooling' },
  { name: 'label_en', required: true, description: 'Short English label for charts and tables.', example: 'China liquid-cooled server market, 2023' },
  { name: 'label_zh', required: true, description: 'Short Chinese label (correct reading, never the garbled words).', example: '2023年中国液冷服务器市场规模' },
  { name: 'flags', required: false, description: 'What the curators found wrong or unusual about the figure, from the flag vocabulary, separated by ";" (source_error, arithmetic_error, unsupported, misattributed, outlier, markup_called_margin).', example: 'source_error' },
  { name: 'note', required: false, description: 'What a careful reader must know: ambiguity, correct reading of garbled text, errors in the source itself.', example: 'The written product 449×1022362×0.87 is 399,365,268, not 408,944,800.' },
];

/** Columns that hold numbers: a download writes a plain number in them as it is, never escaped as text. */
export const NUMERIC_CLAIM_COLUMNS: ReadonlySet<string> = new Set([
  'quote_occurrence',
  'value',
  'value_low',
  'value_high',
  'year',
  'period_start',
  'period_end',
]);

/** Names of the columns every claims file must have. */
export const REQUIRED_CLAIM_COLUMNS = CLAIM_COLUMNS.filter((c) => c.required).map((c) => c.name);

/** The value to plot for a claim: its point value, or the middle of its range. */
export function centralValue(c: Pick<Claim, 'value' | 'valueLow' | 'valueHigh'>): number | undefined {
  if (c.value !== undefined) return c.value;
  if (c.valueLow !== undefined && c.valueHigh !== undefined) return (c.valueLow + c.valueHigh) / 2;
  return c.valueLow ?? c.valueHigh;
}
