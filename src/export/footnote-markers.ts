import type { EChartsCoreOption } from 'echarts/core';
import type { Claim } from '../data/claim';
import type { Footnote } from './footnotes';

/*
 * In an exported figure nobody can hover a point to ask who said it, so each claim's mark carries the
 * marker of its source's footnote (①, ②…), the same marker the footer lists. Screens keep their tooltips:
 * only export options pass through here.
 */

type Item = Record<string, unknown>;
type Label = Item & { show?: boolean; formatter?: unknown; rich?: Item };

/** Series whose data items take a label next to their symbol. */
const LABELLED_TYPES = new Set(['scatter', 'effectScatter', 'line', 'bar', 'pictorialBar']);

/** The marker's text style: small, dark, with a white halo so it reads on any fill and over grid lines. */
export const MARKER_STYLE = {
  fontSize: 10,
  color: '#333333',
  textBorderColor: '#ffffff',
  textBorderWidth: 2,
} as const;

/** Each claim's footnote marker: the footnote of its source. */
export function markersByClaim(claims: readonly Claim[], footnotes: readonly Footnote[]): Map<string, string> {
  const bySource = new Map(footnotes.map((f) => [f.sourceId, f.marker]));
  const out = new Map<string, string>();
  for (const c of claims) {
    const m = bySource.get(c.sourceId);
    if (m) out.set(c.id, m);
  }
  return out;
}

const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A label that already shows a value gets the marker in front, in rich text styled as a marker. */
function prefixed(label: Label, marker: string): Label {
  const f = label.formatter;
  const tag = `{fn|${marker}} `;
  const formatter =
    typeof f === 'function'
      ? (...args: unknown[]) => tag + String((f as (...a: unknown[]) => unknown)(...args))
      : tag + (typeof f === 'string' ? f : '{c}');
  return { ...label, formatter, rich: { ...label.rich, fn: MARKER_STYLE } };
}

/**
 * Where a marker goes on a mark without a label: beside it, or inside it where the mark is one of a dodged
 * pile (it has a symbolOffset, [0, 0] at the pile's centre), because such a mark touches its neighbours on
 * every side: beside it, the marker would sit on a neighbour.
 */
function ownLabel(datum: Item, marker: string): Label {
  const dodged = Array.isArray(datum.symbolOffset);
  return { show: true, position: dodged ? 'inside' : 'right', distance: 3, formatter: marker, ...MARKER_STYLE };
}

function markDatum(d: unknown, markers: ReadonlyMap<string, string>, done: Set<string>): unknown {
  if (!isItem(d) || typeof d.claimId !== 'string' || done.has(d.claimId)) return d;
  const marker = markers.get(d.claimId);
  if (!marker) return d;
  done.add(d.claimId);
  const label = isItem(d.label) ? (d.label as Label) : undefined;
  return { ...d, label: label?.show ? prefixed(label, marker) : ownLabel(d, marker) };
}

type Encode = { x?: number | number[]; y?: number | number[] };
const last = (e: number | number[] | undefined) => (Array.isArray(e) ? e[e.length - 1] : e);

/**
 * Marks a custom series (intervals) cannot label itself get an invisible point at the far end of the
 * range (right of a horizontal bar, above a vertical one) that carries the marker.
 */
function companionOf(series: Item, markers: ReadonlyMap<string, string>, done: Set<string>): Item | undefined {
  const encode = (series.encode ?? {}) as Encode;
  const [xi, yi] = [last(encode.x), last(encode.y)];
  if (xi === undefined || yi === undefined || !Array.isArray(series.data)) return undefined;
  const horizontal = Array.isArray(encode.x);
  const data = series.data.flatMap((d: unknown) => {
    if (!isItem(d) || typeof d.claimId !== 'string' || done.has(d.claimId) || !Array.isArray(d.value)) return [];
    const marker = markers.get(d.claimId);
    if (!marker) return [];
    done.add(d.claimId);
    const offset = typeof d.offset === 'number' ? d.offset : 0;
    return [
      {
        value: [d.value[xi], d.value[yi]],
        symbolOffset: horizontal ? [0, offset] : [offset, 0],
        label: { show: true, position: horizontal ? 'right' : 'top', distance: 4, formatter: marker, ...MARKER_STYLE },
      },
    ];
  });
  if (data.length === 0) return undefined;
  const { name, xAxisIndex, yAxisIndex } = series;
  // Named like its series, so hiding a source in the legend hides its markers too.
  return { type: 'scatter', name, xAxisIndex, yAxisIndex, data, symbolSize: 0, silent: true, z: 5, animation: false };
}

/**
 * An export option whose every claim mark carries its footnote marker, once per claim: a point's value
 * label gets it in front ("① 1.2万亿元"), an unlabelled point beside it, a range at its far end. Pure: the
 * input is not modified.
 */
export function withFootnoteMarkers(
  option: EChartsCoreOption,
  markers: ReadonlyMap<string, string>,
): EChartsCoreOption {
  if (markers.size === 0 || option.series === undefined) return option;
  const list = (Array.isArray(option.series) ? option.series : [option.series]) as unknown[];
  const done = new Set<string>();
  const marked = list.map((s) =>
    isItem(s) && LABELLED_TYPES.has(String(s.type)) && Array.isArray(s.data)
      ? { ...s, data: s.data.map((d: unknown) => markDatum(d, markers, done)) }
      : s,
  );
  const companions = marked.flatMap((s) =>
    isItem(s) && s.type === 'custom' ? (companionOf(s, markers, done) ?? []) : [],
  );
  return { ...option, series: [...marked, ...companions] };
}
