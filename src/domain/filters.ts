import type { Claim } from '../data/claim';
import type { Kind, Topic } from '../data/vocabulary';

/** What the reader has narrowed the dashboard to. Empty lists mean "all". */
export interface Filters {
  topics: Topic[];
  sources: string[];
  kinds: Kind[];
  /** Inclusive year range on the year a claim speaks of (or when it was said, if it names none). */
  yearFrom?: number;
  yearTo?: number;
}

/** No filter at all. */
export const NO_FILTERS: Filters = { topics: [], sources: [], kinds: [] };

/** The year a claim is placed at for the year-range filter. */
export const claimYear = (c: Pick<Claim, 'year' | 'asOf'>): number => c.year ?? Number(c.asOf.slice(0, 4));

/** Claims that pass every filter. */
export function filterClaims(claims: readonly Claim[], f: Filters): Claim[] {
  return claims.filter(
    (c) =>
      (f.topics.length === 0 || f.topics.includes(c.topic)) &&
      (f.sources.length === 0 || f.sources.includes(c.sourceId)) &&
      (f.kinds.length === 0 || f.kinds.includes(c.kind)) &&
      (f.yearFrom === undefined || claimYear(c) >= f.yearFrom) &&
      (f.yearTo === undefined || claimYear(c) <= f.yearTo),
  );
}

/** The span of claim years, for the year-range inputs. */
export function yearSpan(claims: readonly Claim[]): [number, number] {
  const ys = claims.map(claimYear);
  return ys.length ? [Math.min(...ys), Math.max(...ys)] : [2020, 2030];
}
