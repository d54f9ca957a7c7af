import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { adoptionOtherView, buildAdoptionOtherOption } from '../../src/charts/adoption-other';
import type { ViewContext, ViewResult } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { loadDataset } from '../../src/data/load-dataset';

const dataset = loadDataset(readDatasetFiles('data'));
const ctx = (over: Partial<ViewContext> = {}): ViewContext => ({
  lang: 'en',
  sources: new Map(dataset.sources.map((s) => [s.id, s])),
  logScale: true,
  dark: false,
  flagged: new Set(),
  ...over,
});
const topic = dataset.claims.filter(adoptionOtherView.select);
const byId = (id: string) => dataset.claims.find((c) => c.id === id)!;

type Datum = {
  claimId?: string;
  value: unknown;
  itemStyle?: Record<string, unknown>;
  label?: { formatter: () => string };
};
type Series = { type: string; name: string; data: Datum[]; xAxisIndex: number; yAxisIndex: number };
type Axis = {
  type: string;
  data?: string[];
  min?: number;
  max?: number;
  axisLabel: { formatter: (n: number) => string };
};
type Opt = {
  series: Series[];
  xAxis: Axis[];
  yAxis: Axis[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
};
const opt = (r: ViewResult) => r.option as unknown as Opt;
const itemsFor = (r: ViewResult, id: string) =>
  opt(r)
    .series.flatMap((s) => s.data.map((d) => ({ s, d })))
    .filter((x) => x.d.claimId === id);
const axisOf = (r: ViewResult, id: string) => itemsFor(r, id)[0]!.s.xAxisIndex;
const tip = (r: ViewResult, id: string) => opt(r).tooltip.formatter({ data: { claimId: id } });
const claimsOnAxis = (r: ViewResult, axis: number) =>
  [
    ...new Set(
      opt(r)
        .series.filter((s) => s.xAxisIndex === axis)
        .flatMap((s) => s.data.flatMap((d) => (d.claimId ? [d.claimId] : []))),
    ),
  ].sort();

describe('buildAdoptionOtherOption()', () => {
  const r = buildAdoptionOtherOption(topic, ctx());

  it('shows or omits every claim of the topic; only the top-10 rank is left out, with a reason', () => {
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(r.omitted).toEqual([
      {
        claimId: 'tf-shanghai-innovation-top10',
        reason: 'a rank (such as "top 10") is a placing, not a quantity to plot',
      },
    ]);
  });

  it('puts all six percentages in one 0–100% panel, each row labelled by its claim', () => {
    const axis = axisOf(r, 'tq-chatbot-download-share-2023');
    expect(claimsOnAxis(r, axis)).toEqual(
      topic
        .filter((c) => c.unit === 'percent')
        .map((c) => c.id)
        .sort(),
    );
    expect(claimsOnAxis(r, axis)).toHaveLength(6);
    expect(opt(r).xAxis[axis]).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(opt(r).yAxis[axis]!.data).toContain('Bots carry over 50% of internet traffic');
    expect(itemsFor(r, 'he-bot-traffic-share')[0]!.d.label!.formatter()).toBe('>50%');
  });

  it('puts counts on a log axis (linear on request), user and agent ranges as intervals', () => {
    const axis = axisOf(r, 'tq-aigc-downloads-dec-2023');
    expect(opt(r).xAxis[axis]!.type).toBe('log');
    expect(claimsOnAxis(r, axis).every((id) => byId(id).unit === 'count')).toBe(true);
    const agents = itemsFor(r, 'tq-agents-forecast').find((x) => x.s.type === 'custom')!;
    expect((agents.d.value as number[]).slice(0, 2)).toEqual([1e6, 9e6]);
    expect(itemsFor(r, 'tf-inference-users-vague').some((x) => x.s.type === 'custom')).toBe(true);
    const linear = buildAdoptionOtherOption(topic, ctx({ logScale: false }));
    expect(opt(linear).xAxis[axisOf(linear, 'tq-aigc-downloads-dec-2023')]).toMatchObject({ type: 'value', min: 0 });
  });

  it('puts data exhaustion on a year axis: 2026 as a point, 3–5 years from Dec 2024 as 2027–2029', () => {
    const point = itemsFor(r, 'tf-data-exhaustion-2026')[0]!;
    expect((point.d.value as number[])[0]).toBe(2026);
    const span = itemsFor(r, 'he-data-exhaustion-3-5-years').find((x) => x.s.type === 'custom')!;
    expect((span.d.value as number[]).slice(0, 2)).toEqual([2027, 2029]);
    expect(span.s.xAxisIndex).toBe(point.s.xAxisIndex);
    expect(opt(r).xAxis[point.s.xAxisIndex]).toMatchObject({ type: 'value', min: 1990, max: 2030 });
    expect(opt(r).xAxis[point.s.xAxisIndex]!.axisLabel.formatter(2026)).toBe('2026');
    expect(tip(r, 'he-data-exhaustion-3-5-years')).toContain('drawn as 2027–2029 (counted from when it was said)');
  });

  it('styles a forecast hollow and an observation filled', () => {
    expect(itemsFor(r, 'tf-data-exhaustion-2026')[0]!.d.itemStyle).toMatchObject({
      color: '#ffffff',
      borderType: 'dashed',
    });
    expect(itemsFor(r, 'tq-chatbot-download-share-2023')[0]!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('switches headings, labels and reasons to Chinese', () => {
    const zh = buildAdoptionOtherOption(topic, ctx({ lang: 'zh' }));
    expect(opt(zh).title.map((x) => x.text)).toEqual([
      '百分比（占比或降幅）',
      '数量（个，对数轴）',
      '年份：数据耗尽与时间跨度',
    ]);
    expect(opt(zh).yAxis.flatMap((a) => a.data)).toContain('互联网超过50%的流量来自机器人');
    expect(zh.omitted[0]!.reason).toMatch(/名次/);
    expect(opt(zh).xAxis[axisOf(zh, 'tq-aigc-downloads-dec-2023')]!.axisLabel.formatter(1e8)).toBe('1亿');
  });

  it('omits a duration with no dated period, since it has no place on the year axis', () => {
    const loose: Claim = {
      ...byId('he-internet-data-30-years'),
      id: 'loose',
      periodStart: undefined,
      periodEnd: undefined,
    };
    expect(buildAdoptionOtherOption([loose], ctx()).omitted).toEqual([
      { claimId: 'loose', reason: 'a duration with no start and end year cannot go on the year axis' },
    ]);
  });

  it('escapes the quote in the tooltip', () => {
    const evil: Claim = {
      ...byId('tq-chatbot-download-share-2023'),
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>',
      figure: '',
    };
    const html = tip(buildAdoptionOtherOption([evil], ctx()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
