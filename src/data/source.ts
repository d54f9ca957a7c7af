/** One source article and what we know about it. */
export interface Source {
  id: string;
  /** Short names for legends, filters and footnotes. */
  shortZh: string;
  shortEn: string;
  title: string;
  titleEn: string;
  outlet: string;
  author: string;
  url: string;
  /** Publication date of the copy we hold, YYYY-MM-DD (or YYYY-MM). */
  published: string;
  /** True when the date is not printed in the article and was inferred. */
  dateInferred: boolean;
  language: string;
  /** Verbatim text where the article body starts; what comes before is page furniture or title. */
  articleStart: string;
  /** Verbatim text with which the article body ends; what comes after is furniture or a machine summary. */
  articleEnd: string;
  /** Speakers and reports the article quotes with figures. */
  quoted: string;
  /** Garbled words and their correct readings, `garbled=correct` separated by `;`. */
  readings: string;
  notes: string;
  /** English forms of the author and outlet from data/names.csv, set when the curated dataset loads. */
  authorEn?: string;
  outletEn?: string;
  /** Set on an article the user added in this browser: not part of the curated dataset. */
  userOwned?: boolean;
  line: number;
}

/** Every column of sources.csv, in file order. */
export const SOURCE_COLUMNS = [
  'id',
  'short_zh',
  'short_en',
  'title',
  'title_en',
  'outlet',
  'author',
  'url',
  'published',
  'date_inferred',
  'language',
  'article_start',
  'article_end',
  'quoted',
  'readings',
  'notes',
] as const;

/** A garbled word of the republished text with its correct reading. */
export interface Reading {
  garbled: string;
  correct: string;
}

/** Splits the `readings` column into pairs. */
export function parseReadings(readings: string): Reading[] {
  return readings
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [garbled = '', correct = ''] = p.split('=').map((s) => s.trim());
      return { garbled, correct };
    })
    .filter((r) => r.garbled && r.correct);
}
