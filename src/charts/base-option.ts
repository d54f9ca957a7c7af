import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { chartColors, KIND_STYLES, sourceColors } from './palette';
import { isFlagged, provenanceOf } from '../domain/provenance';
import { claimTooltipHtml, esc, type TooltipExtra } from './tooltip';
import type { ViewContext } from './view-types';

/** An explicit CJK-capable font stack, so Chinese renders the same on screen and in exports. */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

/** A data item that knows which claim it draws. */
export interface ClaimDatum {
  claimId: string;
  value: unknown;
  name?: string;
  symbol?: string;
  symbolSize?: number;
  /** Pixels from the datum's position where its symbol is drawn (a dodge). */
  symbolOffset?: number[];
  itemStyle?: Record<string, unknown>;
  label?: Record<string, unknown>;
}

// One colour map per sources map: claimDatum asks for it once per point, and building it walks every source.
const colorsBySources = new WeakMap<ReadonlyMap<string, Source>, Map<string, string>>();

/** Colour of each source, in the order of sources.csv (stable across views). */
export function colorsFor(ctx: ViewContext): ReadonlyMap<string, string> {
  const known = colorsBySources.get(ctx.sources);
  if (known) return known;
  // The user's own articles take the "your data" grey, so curated sources keep their colours.
  const colors = sourceColors([...ctx.sources.values()].filter((s) => !s.userOwned).map((s) => s.id));
  colorsBySources.set(ctx.sources, colors);
  return colors;
}

/**
 * The colour of imported claims' sources (and of any source sources.csv does not list): "your data". A grey
 * dark enough to stay apart from Okabe–Ito's bluish green under deuteranopia (#777 came within ΔE 10).
 */
export const USER_DATA_COLOR = '#6e6e6e';

/** A source's colour, the same in a point, its interval, its row and its legend entry. */
export function colorOf(colors: ReadonlyMap<string, string>, sourceId: string): string {
  return colors.get(sourceId) ?? USER_DATA_COLOR;
}

/** A claim as a plotted point: source colour, symbol and fill by kind, a badge ring when flagged. */
export function claimDatum(c: Claim, value: unknown, ctx: ViewContext, extra: Partial<ClaimDatum> = {}): ClaimDatum {
  const color = colorOf(colorsFor(ctx), c.sourceId);
  const style = KIND_STYLES[c.kind];
  const flagged = ctx.flagged.has(c.id) || isFlagged(c);
  return {
    claimId: c.id,
    value,
    name: ctx.lang === 'zh' ? c.labelZh : c.labelEn,
    symbol: style.symbol,
    symbolSize: 12,
    itemStyle: {
      color: style.hollow ? chartColors(ctx.dark).hollowFill : color,
      borderColor: flagged ? '#d62728' : color,
      borderWidth: flagged ? 3 : 2,
      borderType: flagged ? 'solid' : style.lineType,
    },
    ...extra,
  };
}

/** Short display name of a source for legends (short_zh / short_en of sources.csv). */
export function sourceLegendName(s: Source | undefined, id: string, lang: 'zh' | 'en' = 'en'): string {
  if (!s) return id;
  return lang === 'zh' ? s.shortZh : s.shortEn;
}

/** Tooltip extras a view computes per claim (normalised units, derivations). */
export type ExtraFor = (c: Claim) => TooltipExtra;

/** The item tooltip formatter shared by every view: provenance for claim points, the name for the rest. */
export function claimTooltipFormatter(claims: readonly Claim[], ctx: ViewContext, extraFor: ExtraFor = () => ({})) {
  // Indexed at the first hover, not when the view is built: most built views are never hovered, and with
  // 100,000 imported claims the index took longer than the rest of a build.
  let byId: Map<string, Claim> | undefined;
  return (params: unknown): string => {
    byId ??= new Map(claims.map((c) => [c.id, c]));
    const p = (Array.isArray(params) ? params[0] : params) as {
      data?: { claimId?: string; tooltipHtml?: string };
      name?: string;
      seriesName?: string;
    };
    const id = p?.data?.claimId;
    const c = id ? byId.get(id) : undefined;
    if (c) {
      const p = provenanceOf(c, ctx.sources.get(c.sourceId));
      return claimTooltipHtml(c, p, ctx.lang, extraFor(c), ctx.flagged.has(c.id));
    }
    if (p?.data?.tooltipHtml) return p.data.tooltipHtml; // built from escaped parts by the view
    return esc(String(p?.name || p?.seriesName || ''));
  };
}

/** Options every view starts from: fonts, colours, accessibility (aria with decals), tooltip box. */
export function baseOption(ctx: ViewContext, description: string): EChartsCoreOption {
  const c = chartColors(ctx.dark);
  return {
    backgroundColor: 'transparent',
    // Labels outside marks get a halo in the background's colour; with a transparent background ECharts
    // cannot tell the page is dark and draws a white halo, which smears light text on a dark card.
    darkMode: ctx.dark,
    textStyle: { fontFamily: FONT_FAMILY, color: c.text },
    aria: { enabled: true, label: { enabled: true, description }, decal: { show: true } },
    tooltip: tooltipBase(ctx),
    legend: { top: 0, type: 'scroll', textStyle: { color: c.text }, icon: 'circle' },
    grid: { left: 12, right: 24, top: 44, bottom: 28, containLabel: true },
  };
}

/** The tooltip box every view uses; views add their formatter. */
export function tooltipBase(ctx: ViewContext) {
  const c = chartColors(ctx.dark);
  return {
    trigger: 'item' as const,
    confine: true,
    enterable: false,
    className: 'claim-tooltip-box',
    extraCssText: 'max-width: min(380px, 86vw); white-space: normal;',
    backgroundColor: ctx.dark ? '#1a1f29' : '#ffffff',
    borderColor: c.axis,
    textStyle: { color: c.text, fontFamily: FONT_FAMILY, fontSize: 12 },
  };
}

/** Axis styling shared by value and category axes. */
export function axisStyle(ctx: ViewContext) {
  const c = chartColors(ctx.dark);
  return {
    axisLine: { lineStyle: { color: c.axis } },
    axisLabel: { color: c.muted, fontFamily: FONT_FAMILY },
    splitLine: { lineStyle: { color: c.split } },
    nameTextStyle: { color: c.muted, fontFamily: FONT_FAMILY },
  };
}

/** The sentence a view gave ECharts as its aria description (what the chart shows), or ''. */
export function optionDescription(option: EChartsCoreOption): string {
  const description = (option as { aria?: { label?: { description?: unknown } } }).aria?.label?.description;
  return typeof description === 'string' ? description : '';
}
