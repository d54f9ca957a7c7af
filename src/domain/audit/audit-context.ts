import { occurrences } from '../../data/article-text';
import type { Claim } from '../../data/claim';

/** What every audit rule may read besides the claims: the full text of each source, by source id. */
export interface AuditContext {
  texts: ReadonlyMap<string, string>;
}

type Located = Pick<Claim, 'sourceId' | 'quote' | 'quoteOccurrence'>;

/** Start offset of a claim's quote in its source (its stated occurrence, else the first), or undefined. */
export function quoteOffset(c: Located, ctx: AuditContext): number | undefined {
  const text = ctx.texts.get(c.sourceId);
  if (text === undefined) return undefined;
  const all = occurrences(text, c.quote);
  return all[(c.quoteOccurrence ?? 1) - 1] ?? all[0];
}

/**
 * Characters between two quotes of one source (0 when they overlap or are the same sentence).
 * A paragraph can be printed twice (summary and body), so the closest pair of occurrences counts.
 */
export function quoteDistance(a: Located, b: Located, ctx: AuditContext): number {
  if (a.sourceId !== b.sourceId) return Infinity;
  const text = ctx.texts.get(a.sourceId);
  if (text === undefined) return a.quote === b.quote ? 0 : Infinity;
  let best = Infinity;
  for (const i of occurrences(text, a.quote)) {
    for (const j of occurrences(text, b.quote)) {
      const gap = i <= j ? j - (i + a.quote.length) : i - (j + b.quote.length);
      best = Math.min(best, Math.max(0, gap));
    }
  }
  return best;
}

/** Most characters between two quotes that still count as "said beside each other" (the same passage). */
export const ADJACENT_CHARS = 60;

/** Whether two claims are stated in the same sentence or next to each other in the same source. */
export const isAdjacent = (a: Located, b: Located, ctx: AuditContext): boolean =>
  quoteDistance(a, b, ctx) <= ADJACENT_CHARS;

/**
 * Sorts claims in reading order: sources in the order the dataset first lists them, then by where the
 * quote sits in the source, then by where the figure sits in the quote.
 */
export function inReadingOrder(claims: readonly Claim[], ctx: AuditContext): Claim[] {
  const sourceRank = new Map<string, number>();
  for (const c of claims) if (!sourceRank.has(c.sourceId)) sourceRank.set(c.sourceId, sourceRank.size);
  const key = (c: Claim): number[] => [
    sourceRank.get(c.sourceId) ?? 0,
    quoteOffset(c, ctx) ?? Infinity,
    c.quote.indexOf(c.figure),
    c.line,
  ];
  return [...claims].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
    return 0;
  });
}
