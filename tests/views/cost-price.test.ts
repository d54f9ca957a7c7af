import { describe, expect, it } from 'vitest';
import { buildCostPriceOption, costPriceView } from '../../src/views/cost-price';
import type { Claim } from '../../src/data/claim';
import { axisOf, itemsFor, optionOf, tooltipOf } from '../charts/panel-option';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(costPriceView);

describe('buildCostPriceOption()', () => {
  const r = buildCostPriceOption(topic, viewContext());

  it('shows or omits every claim it selects, the open-model capability ratio included', () => {
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(r.shown).toContain('he-open-model-capability-ratio');
    expect(r.omitted).toEqual([]);
    for (const id of r.shown) expect(itemsFor(r, id).length).toBeGreaterThan(0);
  });

  it('keeps units apart: one panel per unit family, USD and yuan never on one axis', () => {
    const unitsOnAxis = new Map<number, Set<string>>();
    for (const s of optionOf(r).series)
      for (const d of s.data)
        if (d.claimId)
          unitsOnAxis.set(s.xAxisIndex, (unitsOnAxis.get(s.xAxisIndex) ?? new Set()).add(claimById(d.claimId).unit));
    const usd = axisOf(r, 'gba-gpt3-training-cost');
    expect([...unitsOnAxis.get(usd)!]).toEqual(['USD']);
    expect(axisOf(r, 'tq-closed-model-subscription')).not.toBe(usd);
    expect([...unitsOnAxis.get(axisOf(r, 'he-open-model-cost-ratio'))!].sort()).toEqual(['percent', 'ratio']);
    expect(optionOf(r).title.map((t) => t.text)).toEqual([
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
    expect(tooltipOf(r, 'he-cn-compute-cost-ratio-nvidia')).toContain('= 150% of the comparison');
    const parity = optionOf(r).series.find((s) => s.markLine && s.xAxisIndex === axisOf(r, 'he-open-model-cost-ratio'));
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
    expect(optionOf(r).xAxis[axisOf(r, 'gba-gpt3-training-cost')]!.type).toBe('log');
    expect(optionOf(r).xAxis[axisOf(r, 'he-open-model-cost-ratio')]!.type).toBe('value');
    const linear = buildCostPriceOption(topic, viewContext({ logScale: false }));
    expect(optionOf(linear).xAxis[axisOf(linear, 'gba-gpt3-training-cost')]!.type).toBe('value');
    expect(optionOf(linear).xAxis[axisOf(linear, 'gba-gpt3-training-cost')]!.min).toBe(0);
  });

  it('flags a "margin" of 1000% as impossible: warning ring, tooltip line, a 100% limit line', () => {
    const margin = itemsFor(r, 'tf-ai-chip-margin-raymond-james')[0]!.d;
    expect(margin.itemStyle!['borderColor']).toBe('#d62728');
    expect(tooltipOf(r, 'tf-ai-chip-margin-raymond-james')).toContain(
      'A profit margin cannot exceed 100%: this must be a markup over cost',
    );
    const limit = optionOf(r).series.find(
      (s) => s.markLine && s.xAxisIndex === axisOf(r, 'tf-ai-chip-margin-raymond-james'),
    );
    expect(limit!.name).toBe('a margin cannot exceed 100%');
  });

  it('puts the OpenAI profit year on a year axis from when it was said', () => {
    const year = itemsFor(r, 'gba-openai-profit-year-2029')[0]!;
    expect((year.d.value as number[])[0]).toBe(2029);
    const axis = optionOf(r).xAxis[year.s.xAxisIndex]!;
    expect([axis.min, axis.max]).toEqual([2024, 2030]);
    expect(axis.axisLabel.formatter(2029)).toBe('2029');
  });

  it('styles forecasts and conditionals hollow, estimates filled', () => {
    expect(itemsFor(r, 'gba-openai-loss-2026')[0]!.d.itemStyle!['color']).toBe('#ffffff');
    expect(itemsFor(r, 'tf-rocket-component-cost')[0]!.d.itemStyle!['color']).toBe('#ffffff');
    expect(itemsFor(r, 'gba-gpt3-training-cost')[0]!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('switches headings, row labels and money to Chinese', () => {
    const zh = buildCostPriceOption(topic, viewContext({ lang: 'zh' }));
    expect(optionOf(zh).title[2]!.text).toBe('美元（对数轴）');
    expect(optionOf(zh).yAxis.flatMap((a) => a.data)).toContain('GPT-3训练一次的成本');
    expect(optionOf(zh).xAxis[axisOf(zh, 'gba-gpt3-training-cost')]!.axisLabel.formatter(1e10)).toBe('100亿美元');
    expect(optionOf(r).xAxis[axisOf(r, 'gba-gpt3-training-cost')]!.axisLabel.formatter(1e10)).toBe('$10B');
  });

  it('omits, with a reason, a claim in a unit it has no panel for', () => {
    const odd: Claim = { ...claimById('gba-gpt3-training-cost'), id: 'odd', unit: 'W', value: 700 };
    expect(buildCostPriceOption([odd], viewContext()).omitted).toEqual([
      { claimId: 'odd', reason: 'no panel here for its unit (W)' },
    ]);
  });

  it('escapes the quote in the tooltip', () => {
    const evil: Claim = {
      ...claimById('gba-gpt3-training-cost'),
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>',
      figure: '',
    };
    const html = tooltipOf(buildCostPriceOption([evil], viewContext()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
