import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/views/views';
import { footnotesFor } from '../../src/export/footnotes';
import { markersByClaim, MARKER_STYLE, withFootnoteMarkers } from '../../src/export/footnote-markers';
import { claimsOf, dataset, viewContext } from '../charts/view-context';

type Item = Record<string, unknown> & { label?: Record<string, unknown>; claimId?: string };
type Series = { type: string; name?: string; data: Item[]; silent?: boolean; symbolSize?: number };

const seriesOf = (o: EChartsCoreOption) => o.series as Series[];
const text = (label: Record<string, unknown>) =>
  typeof label.formatter === 'function' ? String((label.formatter as () => string)()) : String(label.formatter);

/** Every marker label an option draws: the claim it belongs to (for a point) and its text. */
function markerLabels(o: EChartsCoreOption): { claimId?: string; text: string }[] {
  return seriesOf(o).flatMap((s) =>
    (s.data ?? []).flatMap((d) =>
      d && typeof d === 'object' && d.label?.show && /[①-⑳]|\{fn\|/.test(text(d.label))
        ? [{ claimId: d.claimId, text: text(d.label) }]
        : [],
    ),
  );
}

const sources = viewContext().sources;

describe('markersByClaim()', () => {
  it("gives each claim the marker of its source's footnote", () => {
    const claims = claimsOf(VIEWS.find((v) => v.id === 'timeline')!);
    const notes = footnotesFor(claims, sources, 'en');
    const markers = markersByClaim(claims, notes);
    expect(markers.size).toBe(claims.length);
    for (const c of claims) expect(markers.get(c.id)).toBe(notes.find((f) => f.sourceId === c.sourceId)!.marker);
  });
});

describe('withFootnoteMarkers()', () => {
  const point = (claimId: string, label?: Record<string, unknown>): Item => ({ claimId, value: [1, 0], label });
  const markers = new Map([
    ['a', '①'],
    ['b', '②'],
    ['r', '①'],
  ]);

  it('writes the marker beside an unlabelled point, small and haloed', () => {
    const out = withFootnoteMarkers({ series: [{ type: 'scatter', data: [point('a')] }] }, markers);
    const label = seriesOf(out)[0]!.data[0]!.label!;
    expect(label).toMatchObject({ show: true, position: 'right', formatter: '①', ...MARKER_STYLE });
  });

  it('puts the marker in front of a value label, in its own rich-text style, keeping the value', () => {
    const labelled = point('b', { show: true, position: 'right', formatter: () => '1.2 trillion yuan', fontSize: 11 });
    const out = withFootnoteMarkers({ series: [{ type: 'scatter', data: [labelled] }] }, markers);
    const label = seriesOf(out)[0]!.data[0]!.label!;
    expect(text(label)).toBe('{fn|②} 1.2 trillion yuan');
    expect(label.rich).toEqual({ fn: MARKER_STYLE });
    expect(label.fontSize).toBe(11);
  });

  it("marks a pile's centre (offset [0, 0]) inside its symbol too, not on its neighbour to the right", () => {
    const centre = { ...point('a'), symbolOffset: [0, 0] };
    const out = withFootnoteMarkers({ series: [{ type: 'scatter', data: [centre, point('b')] }] }, markers);
    expect(seriesOf(out)[0]!.data.map((d) => d.label!.position)).toEqual(['inside', 'right']);
  });

  it('marks a dodged point inside its symbol, where it covers no neighbour', () => {
    const dodged = { ...point('a'), symbolOffset: [13, 0] };
    const out = withFootnoteMarkers({ series: [{ type: 'scatter', data: [dodged] }] }, markers);
    expect(seriesOf(out)[0]!.data[0]!.label!.position).toBe('inside');
  });

  it('labels a range at its far end through an invisible, silent point of the same series name', () => {
    const ranges = {
      type: 'custom',
      name: 'Src',
      xAxisIndex: 2,
      yAxisIndex: 2,
      encode: { x: [0, 1], y: 2 },
      data: [{ claimId: 'r', value: [3, 8, 4] }],
    };
    const out = withFootnoteMarkers({ series: [ranges] }, markers);
    const companion = seriesOf(out)[1]!;
    expect(companion).toMatchObject({
      type: 'scatter',
      name: 'Src',
      xAxisIndex: 2,
      yAxisIndex: 2,
      silent: true,
      symbolSize: 0,
    });
    expect(companion.data[0]!.value).toEqual([8, 4]);
    expect(companion.data[0]!.label).toMatchObject({ position: 'right', formatter: '①' });
    const vertical = {
      ...ranges,
      encode: { y: [0, 1], x: 2 },
      data: [{ claimId: 'r', value: [3, 8, 4], offset: -10 }],
    };
    const up = seriesOf(withFootnoteMarkers({ series: [vertical] }, markers))[1]!.data[0]!;
    expect(up).toMatchObject({ value: [4, 8], symbolOffset: [-10, 0], label: { position: 'top' } });
  });

  it('marks each claim once, on its first point, and leaves marks of no known footnote alone', () => {
    const option = {
      series: [
        { type: 'scatter', data: [point('a'), point('a'), point('z')] },
        { type: 'custom', encode: { x: [0, 1], y: 2 }, data: [{ claimId: 'a', value: [1, 2, 0] }] },
      ],
    };
    const out = withFootnoteMarkers(option, markers);
    expect(markerLabels(out)).toEqual([{ claimId: 'a', text: '①' }]);
    expect(seriesOf(out)).toHaveLength(2);
  });

  it('does not modify its input', () => {
    const option = { series: [{ type: 'scatter', data: [point('a')] }] };
    const before = JSON.stringify(option);
    withFootnoteMarkers(option, markers);
    expect(JSON.stringify(option)).toBe(before);
  });

  it("marks every claim every real view draws exactly once, with its source's marker", () => {
    for (const view of VIEWS) {
      const claims = claimsOf(view);
      const r = view.build(claims, viewContext());
      const shown = claims.filter((c) => r.shown.includes(c.id));
      const notes = footnotesFor(shown, sources, 'en');
      const markers = markersByClaim(shown, notes);
      const labels = markerLabels(withFootnoteMarkers(r.option, markers));
      expect(labels.length, view.id).toBe(r.shown.length);
      for (const l of labels.filter((l) => l.claimId))
        expect(
          l.text.startsWith(markers.get(l.claimId!)!) || l.text.startsWith(`{fn|${markers.get(l.claimId!)}}`),
        ).toBe(true);
    }
    expect(dataset.claims.length).toBeGreaterThan(50);
  });
});
