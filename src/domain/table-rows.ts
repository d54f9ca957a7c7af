import { centralValue, type Claim } from '../data/claim';
import type { Source } from '../data/source';

/** How claims are ordered in the table. */
export interface TableOrder {
  key: 'label' | 'value' | 'year' | 'source' | 'kind';
  dir: 'asc' | 'desc';
}

/**
 * Lower-cased text a search matches against: labels in both languages, the quote and its translation,
 * subject, the speaker as written and in English, source.
 */
export function searchText(c: Claim, source?: Source): string {
  return [
    c.id,
    c.labelEn,
    c.labelZh,
    c.quote,
    c.quoteEn,
    c.attributedToEn,
    c.subject,
    c.attributedTo,
    c.region,
    c.metric,
    c.note,
    source?.outlet,
    source?.title,
  ]
    .join(' ')
    .toLowerCase();
}

/** Claims whose text contains every whitespace-separated term of the query (Chinese or English). */
export function searchClaims(
  claims: readonly Claim[],
  query: string,
  sources: ReadonlyMap<string, Source>,
): Claim[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...claims];
  return claims.filter((c) => {
    const hay = searchText(c, sources.get(c.sourceId));
    return terms.every((t) => hay.includes(t));
  });
}

/** Sorts claims for the table; ties keep file order so the table is stable. */
export function sortClaims(
  claims: readonly Claim[],
  order: TableOrder,
  lang: 'zh' | 'en',
  sources: ReadonlyMap<string, Source>,
): Claim[] {
  const sign = order.dir === 'asc' ? 1 : -1;
  const key = (c: Claim): string | number => {
    switch (order.key) {
      case 'label':
        return lang === 'zh' ? c.labelZh : c.labelEn;
      case 'value':
        return centralValue(c) ?? Number.NEGATIVE_INFINITY;
      case 'year':
        return c.year ?? Number(c.asOf.slice(0, 4));
      case 'kind':
        return c.kind;
      case 'source':
        return `${sources.get(c.sourceId)?.published ?? ''} ${c.sourceId} ${String(c.line).padStart(6, '0')}`;
    }
  };
  return claims
    .map((c, i) => ({ c, i, k: key(c) }))
    .sort((a, b) => {
      if (a.k < b.k) return -sign;
      if (a.k > b.k) return sign;
      return a.i - b.i;
    })
    .map((x) => x.c);
}
