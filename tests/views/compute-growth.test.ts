import { describe, expect, it } from 'vitest';
import { buildComputeGrowthOption, computeGrowthView } from '../../src/views/compute-growth';
import type { Claim } from '../../src/data/claim';
import { claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(computeGrowthView);

type Series = {
  type: string;
  name: string;
  data: { claimId?: string; value: unknown; itemStyle?: Record<string, unknown> }[];
  markLine?: { data: unknown[] };
};
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const itemFor = (o: unknown, id: string) =>
  seriesOf(o)
    .flatMap((s) => s.data.map((d) => ({ s, d })))
    .find((x) => x.d.claimId === id);

describe('buildComputeGrowthOption()', () => {
  const { option, shown, omitted } = buildComputeGrowthOption(topic, viewContext());

  it('shows every growth claim and says why the rest are not charted', () => {
    expect([...shown, ...omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(shown).toContain('tf-compute-doubling-2023');
    expect(omitted.map((o) => o.claimId)).toEqual(['tq-amodei-hardware-growth']);
  });

  it('puts ×N per year on the doubling-months scale: ×4/yr is 6 months, ×10/yr about 3.6', () => {
    expect((itemFor(option, 'gba-compute-growth-recent')!.d.value as number[])[0]).toBeCloseTo(6, 10);
    expect((itemFor(option, 'tq-frontier-compute-yearly')!.d.value as number[])[0]).toBeCloseTo(3.612, 3);
  });

  it('draws ranges as intervals, a ×6–7 range turned into 4.27–4.64 months', () => {
    const { s, d } = itemFor(option, 'gba-compute-growth-early')!;
    expect(s.type).toBe('custom');
    const [low, high] = d.value as number[];
    expect(low).toBeCloseTo(12 / Math.log2(7), 10);
    expect(high).toBeCloseTo(12 / Math.log2(6), 10);
    expect((itemFor(option, 'tf-compute-doubling-2023')!.d.value as number[]).slice(0, 2)).toEqual([1, 2]);
  });

  it("marks Moore's law at 24 months and labels the top axis as × per year", () => {
    const ref = seriesOf(option).find((s) => s.markLine);
    expect(ref!.markLine!.data).toEqual([{ xAxis: 24 }]);
    const top = (option as { xAxis: { axisLabel: { formatter: (m: number) => string } }[] }).xAxis[1]!;
    expect(top.axisLabel.formatter(12)).toBe('×2');
    expect(top.axisLabel.formatter(3)).toBe('×16');
  });

  it('styles a conditional claim hollow and an observed one filled', () => {
    expect(itemFor(option, 'tq-amodei-compute-growth')!.d.itemStyle!['color']).toBe('#ffffff');
    expect(itemFor(option, 'gba-compute-growth-recent')!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('switches labels to Chinese and to a linear axis on request', () => {
    const zh = buildComputeGrowthOption(topic, viewContext({ lang: 'zh', logScale: false })).option as {
      xAxis: { type: string; name: string }[];
      yAxis: { data: string[] };
    };
    expect(zh.xAxis[0]!.type).toBe('value');
    expect(zh.xAxis[0]!.name).toMatch(/翻番周期/);
    expect(zh.yAxis.data).toContain('最先进AI模型计算量每三四个月翻一番');
  });

  it('tooltip: the normalised rate and the verbatim quote, escaped', () => {
    const evil: Claim = {
      ...topic.find((c) => c.id === 'gba-compute-growth-recent')!,
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>每年翻四倍',
      figure: '四倍',
    };
    const r = buildComputeGrowthOption([evil], viewContext());
    const html = (r.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter({
      data: { claimId: 'evil' },
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;每年翻<b class="tt-figure">四倍</b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('doubles every 6 months = ×4 per year');
  });
});
