import { describe, expect, it } from 'vitest';
import { colorsFor, sourceLegendName } from '../../src/charts/base-option';
import { asOfTime, buildTimelineOption, horizonYears, timelineView } from '../../src/views/timeline';
import type { ViewResult } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { claimById, claimsOf, dataset, viewContext } from '../charts/view-context';

const all = claimsOf(timelineView);
const base = claimById('tq-china-compute-2026');
const claim = (over: Partial<Claim>): Claim => ({
  ...base,
  year: undefined,
  periodStart: undefined,
  periodEnd: undefined,
  ...over,
});
const DAY = 86_400_000;

type Datum = { claimId?: string; value: unknown; itemStyle?: Record<string, unknown> };
type Series = {
  type: string;
  name: string;
  data: Datum[];
  markLine?: { data: { coord: number[] }[][]; label: { formatter: () => string } };
};
type Opt = {
  series: Series[];
  xAxis: { type: string };
  yAxis: { type: string };
  tooltip: { formatter: (p: unknown) => string };
};
const opt = (r: ViewResult) => r.option as unknown as Opt;
const itemFor = (r: ViewResult, id: string) =>
  opt(r)
    .series.flatMap((s) => s.data.map((d) => ({ s, d })))
    .find((x) => x.d.claimId === id)!;
const tip = (r: ViewResult, id: string) => opt(r).tooltip.formatter({ data: { claimId: id } });

describe('asOfTime()', () => {
  it('reads full dates, and partial dates as their first day', () => {
    expect(asOfTime('2024-12-18')).toBe(Date.UTC(2024, 11, 18));
    expect(asOfTime('2024-01')).toBe(Date.UTC(2024, 0, 1));
    expect(asOfTime('2023')).toBe(Date.UTC(2023, 0, 1));
  });
});

describe('buildTimelineOption()', () => {
  const r = buildTimelineOption(all, viewContext());

  it('selects every claim, and shows or omits each one ("no year stated")', () => {
    expect(all).toHaveLength(dataset.claims.length);
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(all.map((c) => c.id).sort());
    expect(new Set(r.omitted.map((o) => o.reason))).toEqual(new Set(['no year stated']));
    expect(r.shown).toHaveLength(
      all.filter((c) => c.year !== undefined || (c.periodStart !== undefined && c.periodEnd !== undefined)).length,
    );
    for (const id of r.shown) expect(itemFor(r, id)).toBeDefined();
  });

  it('puts when it was said on a time axis (x) and the year spoken of on y', () => {
    expect([opt(r).xAxis.type, opt(r).yAxis.type]).toEqual(['time', 'value']);
    const one = buildTimelineOption([claim({ id: 'one', asOf: '2024-07-12', year: 2026 })], viewContext());
    expect(itemFor(one, 'one').d.value).toEqual([Date.UTC(2024, 6, 12), 2026]);
    const partial = buildTimelineOption([claim({ id: 'p', asOf: '2024-01', year: 2023 })], viewContext());
    expect(itemFor(partial, 'p').d.value).toEqual([Date.UTC(2024, 0, 1), 2023]);
  });

  it('draws a period as a vertical interval from its first to its last year', () => {
    const { s, d } = itemFor(r, 'tq-amodei-training-cost-2027');
    expect(s.type).toBe('custom');
    expect((d.value as number[]).slice(0, 2)).toEqual([2024, 2027]);
    expect(Math.abs((d.value as number[])[2]! - Date.UTC(2024, 6, 12))).toBeLessThanOrEqual(10 * DAY);
  });

  it('keeps claims that share a date and year at their true date, dodged apart in pixels, forward from a partial date', () => {
    const group = [1, 2, 3, 4, 5].map((i) => claim({ id: `g${i}`, asOf: '2024-01', year: 2023 }));
    const res = buildTimelineOption(group, viewContext());
    const items = group.map((c) => itemFor(res, c.id).d as { value: number[]; symbolOffset?: number[] });
    for (const d of items) expect(d.value).toEqual([Date.UTC(2024, 0, 1), 2023]);
    // Every member of a pile has an offset, its first one [0, 0] included (an export numbers them inside).
    expect(items.every((d) => Array.isArray(d.symbolOffset))).toBe(true);
    const alone = itemFor(buildTimelineOption([group[0]!], viewContext()), 'g1').d as { symbolOffset?: number[] };
    expect(alone.symbolOffset).toBeUndefined();
    const offsets = items.map((d) => d.symbolOffset ?? [0, 0]);
    offsets.forEach(([x1, y1], i) =>
      offsets.slice(i + 1).forEach(([x2, y2]) => expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeGreaterThanOrEqual(12)),
    );
    expect(Math.min(...offsets.map(([x]) => x!))).toBe(0);
    const full = [1, 2, 3].map((i) => claim({ id: `f${i}`, asOf: '2024-07-12', year: 2024 }));
    const centred = full.map(
      (c) =>
        (itemFor(buildTimelineOption(full, viewContext()), c.id).d as { symbolOffset?: number[] }).symbolOffset ?? [
          0, 0,
        ],
    );
    expect(Math.min(...centred.map(([x]) => x!))).toBeLessThan(0);
  });

  it('on a phone packs a pile into about half the width, in smaller marks, and leaves the y axis to the subtitle', () => {
    const group = Array.from({ length: 21 }, (_, i) => claim({ id: `p${i}`, asOf: '2024-01', year: 2023 }));
    const width = (narrow: boolean) => {
      const res = buildTimelineOption(group, viewContext({ narrow }));
      const xs = group.map((c) => ((itemFor(res, c.id).d as { symbolOffset?: number[] }).symbolOffset ?? [0])[0]!);
      return { span: Math.max(...xs) - Math.min(...xs), option: res.option as { yAxis: { name?: string } } };
    };
    const [wide, phone] = [width(false), width(true)];
    expect(phone.span).toBeLessThanOrEqual(wide.span * 0.6);
    expect(wide.option.yAxis.name).toBeTruthy();
    expect(phone.option.yAxis.name).toBeUndefined();
  });

  it('stands periods said on the same day side by side, each at the true date', () => {
    const periods = [1, 2, 3].map((i) =>
      claim({ id: `p${i}`, asOf: '2024-12-18', periodStart: 2023, periodEnd: 2026 + i }),
    );
    const res = buildTimelineOption(periods, viewContext());
    const items = periods.map((c) => itemFor(res, c.id).d as { value: number[]; offset: number });
    for (const d of items) expect(d.value[2]).toBe(Date.UTC(2024, 11, 18));
    expect(items.map((d) => d.offset)).toEqual([-10, 0, 10]);
  });

  it('draws the y = x diagonal through the years the claims were said, labelled', () => {
    const diagonal = opt(r).series.find((s) => s.markLine)!;
    expect(diagonal.markLine!.data).toEqual([
      [{ coord: [Date.UTC(2023, 0, 1), 2023] }, { coord: [Date.UTC(2025, 0, 1), 2025] }],
    ]);
    expect(diagonal.markLine!.label.formatter()).toBe('said about its own year');
    const zh = buildTimelineOption(all, viewContext({ lang: 'zh' }));
    expect(
      opt(zh)
        .series.find((s) => s.markLine)!
        .markLine!.label.formatter(),
    ).toBe('谈论当年');
  });

  it('adds the horizon to the provenance tooltip, in the reader’s language', () => {
    expect(horizonYears(base)).toBe(2);
    expect(tip(r, 'tq-china-compute-2026')).toContain('horizon: 2 years ahead');
    expect(tip(r, 'tf-gpt3-training-energy')).toContain('horizon: 4 years back');
    expect(tip(buildTimelineOption(all, viewContext({ lang: 'zh' })), 'tq-china-compute-2026')).toContain(
      '时距：2 年后',
    );
  });

  it('colours each source and styles forecasts hollow, observations filled', () => {
    const forecast = itemFor(r, 'tq-china-compute-2026');
    expect(forecast.s.name).toBe(sourceLegendName(viewContext().sources.get(base.sourceId), base.sourceId, 'en'));
    expect(forecast.d.itemStyle).toMatchObject({
      color: '#ffffff',
      borderColor: colorsFor(viewContext()).get(base.sourceId),
      borderType: 'dashed',
    });
    expect(itemFor(r, 'tq-guian-compute-2024').d.itemStyle!['color']).toBe(colorsFor(viewContext()).get(base.sourceId));
  });

  it('escapes the quote in the tooltip', () => {
    const evil = claim({ id: 'evil', year: 2024, quote: '<img src=x onerror=alert(1)>', figure: '' });
    const html = tip(buildTimelineOption([evil], viewContext()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
