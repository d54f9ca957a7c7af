import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { buildCostPriceOption, costPriceView } from '../../src/charts/cost-price';
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
const topic = dataset.claims.filter(costPriceView.select);
const byId = (id: string) => dataset.claims.find((c) => c.id === id)!;

type Datum = {
  claimId?: string;
  value: unknown;
  itemStyle?: Record<string, unknown>;
  label?: { formatter: () => string };
};
type Series = {
  type: string;
  name: string;
  data: Datum[];
  xAxisIndex: number;
  markLine?: { data: { xAxis: number }[] };
};
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

describe('buildCostPriceOption()', () => {
  const r = buildCostPriceOption(topic, ctx());

  it('shows or omits every claim it selects, the open-model capability ratio included', () => {
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(r.shown).toContain('he-open-model-capability-ratio');
    expect(r.omitted).toEqual([]);
    for (const id of r.shown) expect(itemsFor(r, id).length).toBeGreaterThan(0);
  });

  it('keeps units apart: one panel per unit family, USD and yuan never on one axis', () => {
    const unitsOnAxis = new Map<number, Set<string>>();
    for (const s of opt(r).series)
      for (const d of s.data)
        if (d.claimId)
          unitsOnAxis.set(s.xAxisIndex, (unitsOnAxis.get(s.xAxisIndex) ?? new Set()).add(byId(d.claimId).unit));
    const usd = axisOf(r, 'gba-gpt3-training-cost');
    expect([...unitsOnAxis.get(usd)!]).toEqual(['USD']);
    expect(axisOf(r, 'tq-closed-model-subscription')).not.toBe(usd);
    expect([...unitsOnAxis.get(axisOf(r, 'he-open-model-cost-ratio'))!].sort()).toEqual(['percent', 'ratio']);
    expect(opt(r).title.map((t) => t.text)).toEqual([
      'Relative to the comparison (%; 100% = parity)',
      'Percent: margin, share',
      'US dollars (log scale)',
      'Yuan per month (log scale)',
      'Calendar year',
    ]);
  });

  it('draws a ratio as percent of the comparison (1/20 → 5%, 1.5× → 150%) and says so in the tooltip', () => {
    expect((itemsFor(r, 'he-open-model-cost-ratio')[0]!.d.value as number[])[0]).toBeCloseTo(5, 10);
    expect((itemsFor(r, 'he-cn-compute-cost-ratio-nvidia')[0]!.d.value as number[])[0]).toBeCloseTo(150, 10);
    expect(tip(r, 'he-cn-compute-cost-ratio-nvidia')).toContain('= 150% of the comparison');
    const parity = opt(r).series.find((s) => s.markLine && s.xAxisIndex === axisOf(r, 'he-open-model-cost-ratio'));
    expect(parity!.markLine!.data).toEqual([{ xAxis: 100 }]);
  });

  it('draws ranges as intervals: 20–50% of the price, USD 10–100bn by 2027', () => {
    const service = itemsFor(r, 'he-cn-llm-service-price-ratio').find((x) => x.s.type === 'custom')!;
    expect((service.d.value as number[]).slice(0, 2)).toEqual([20, 50]);
    const amodei = itemsFor(r, 'tq-amodei-training-cost-2027').find((x) => x.s.type === 'custom')!;
    expect((amodei.d.value as number[]).slice(0, 2)).toEqual([1e10, 1e11]);
    expect(
      itemsFor(r, 'tq-amodei-training-cost-2027')
        .find((x) => x.s.type === 'scatter')!
        .d.label!.formatter(),
    ).toBe('$10B–$100B');
  });

  it('puts money on a log axis only when asked; percent axes stay linear', () => {
    expect(r.hasLogAxis).toBe(true);
    expect(opt(r).xAxis[axisOf(r, 'gba-gpt3-training-cost')]!.type).toBe('log');
    expect(opt(r).xAxis[axisOf(r, 'he-open-model-cost-ratio')]!.type).toBe('value');
    const linear = buildCostPriceOption(topic, ctx({ logScale: false }));
    expect(opt(linear).xAxis[axisOf(linear, 'gba-gpt3-training-cost')]!.type).toBe('value');
    expect(opt(linear).xAxis[axisOf(linear, 'gba-gpt3-training-cost')]!.min).toBe(0);
  });

  it('flags a "margin" of 1000% as impossible: warning ring, tooltip line, a 100% limit line', () => {
    const margin = itemsFor(r, 'tf-ai-chip-margin-raymond-james')[0]!.d;
    expect(margin.itemStyle!['borderColor']).toBe('#d62728');
    expect(tip(r, 'tf-ai-chip-margin-raymond-james')).toContain(
      'A profit margin cannot exceed 100%: this must be a markup over cost',
    );
    const limit = opt(r).series.find(
      (s) => s.markLine && s.xAxisIndex === axisOf(r, 'tf-ai-chip-margin-raymond-james'),
    );
    expect(limit!.name).toBe('a margin cannot exceed 100%');
  });

  it('puts the OpenAI profit year on a year axis from when it was said', () => {
    const year = itemsFor(r, 'gba-openai-profit-year-2029')[0]!;
    expect((year.d.value as number[])[0]).toBe(2029);
    const axis = opt(r).xAxis[year.s.xAxisIndex]!;
    expect([axis.min, axis.max]).toEqual([2024, 2030]);
    expect(axis.axisLabel.formatter(2029)).toBe('2029');
  });

  it('styles forecasts and conditionals hollow, estimates filled', () => {
    expect(itemsFor(r, 'gba-openai-loss-2026')[0]!.d.itemStyle!['color']).toBe('#ffffff');
    expect(itemsFor(r, 'tf-rocket-component-cost')[0]!.d.itemStyle!['color']).toBe('#ffffff');
    expect(itemsFor(r, 'gba-gpt3-training-cost')[0]!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('switches headings, row labels and money to Chinese', () => {
    const zh = buildCostPriceOption(topic, ctx({ lang: 'zh' }));
    expect(opt(zh).title[2]!.text).toBe('美元（对数轴）');
    expect(opt(zh).yAxis.flatMap((a) => a.data)).toContain('GPT-3训练一次的成本');
    expect(opt(zh).xAxis[axisOf(zh, 'gba-gpt3-training-cost')]!.axisLabel.formatter(1e10)).toBe('100亿美元');
    expect(opt(r).xAxis[axisOf(r, 'gba-gpt3-training-cost')]!.axisLabel.formatter(1e10)).toBe('$10B');
  });

  it('omits, with a reason, a claim in a unit it has no panel for', () => {
    const odd: Claim = { ...byId('gba-gpt3-training-cost'), id: 'odd', unit: 'W', value: 700 };
    expect(buildCostPriceOption([odd], ctx()).omitted).toEqual([
      { claimId: 'odd', reason: 'no panel here for its unit (W)' },
    ]);
  });

  it('escapes the quote in the tooltip', () => {
    const evil: Claim = {
      ...byId('gba-gpt3-training-cost'),
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>',
      figure: '',
    };
    const html = tip(buildCostPriceOption([evil], ctx()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
