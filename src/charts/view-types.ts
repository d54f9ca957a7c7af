import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';

/** The dashboard's views, in page order. */
export const VIEW_IDS = [
  'compute-growth',
  'compute-capacity',
  'market-size',
  'liquid-cooling',
  'power-energy',
  'cost-price',
  'model-landscape',
  'adoption-other',
  'timeline',
] as const;
/** One view of the dashboard. */
export type ViewId = (typeof VIEW_IDS)[number];

/** What every option builder needs besides the claims. */
export interface ViewContext {
  lang: Lang;
  sources: ReadonlyMap<string, Source>;
  /** Log scale on value axes that span orders of magnitude. */
  logScale: boolean;
  dark: boolean;
  /** Claim ids whose source the audit flags (shown with a warning badge). */
  flagged: ReadonlySet<string>;
  /** Drawn on a phone-width card or slide: a view may pack its marks tighter (exports are never narrow). */
  narrow?: boolean;
}

/** A claim the view could not draw, and why (it is still in the table). */
export interface Omitted {
  claimId: string;
  reason: string;
}

/** What an option builder returns: the option, and which claims it shows. */
export interface ViewResult {
  option: EChartsCoreOption;
  /** Claims drawn as points, bars or intervals (each has `claimId` on its data item). */
  shown: string[];
  /** Claims of this view's topic that no chart suits, with the reason. */
  omitted: Omitted[];
  /** Whether a log/linear toggle means anything here. */
  hasLogAxis: boolean;
  /** Number of category rows, when the chart has them, so the card can give each row room. */
  rows?: number;
  /** When a chart drew only some of the rows it could (too many to read): how many of how many. */
  thinned?: { drawn: number; total: number };
}

/** A view: its titles and its pure option builder. */
export interface ViewSpec {
  id: ViewId;
  title: Record<Lang, string>;
  /** Subtitle naming the unit(s). */
  subtitle: Record<Lang, string>;
  /** Which claims belong to the view (the page filters first, then passes them). */
  select: (c: Claim) => boolean;
  build: (claims: readonly Claim[], ctx: ViewContext) => ViewResult;
}

/** The claims a view shows, in their original order (a Set lookup: views of 100,000 claims stay linear). */
export function shownOf<T extends { id: string }>(claims: readonly T[], shown: readonly string[]): T[] {
  const ids = new Set(shown);
  return claims.filter((c) => ids.has(c.id));
}

/** Claims split into those a view draws and those it omits, by the reason it gives (none: drawn). */
export function splitByOmission(
  claims: readonly Claim[],
  reasonFor: (c: Claim) => string | undefined,
): { drawn: Claim[]; omitted: Omitted[] } {
  const drawn: Claim[] = [];
  const omitted: Omitted[] = [];
  for (const c of claims) {
    const reason = reasonFor(c);
    if (reason) omitted.push({ claimId: c.id, reason });
    else drawn.push(c);
  }
  return { drawn, omitted };
}
