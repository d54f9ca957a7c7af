import { describe, expect, it } from 'vitest';
import { buildPowerEnergyOption, powerEnergyView } from '../../src/views/power-energy';
import type { ViewContext } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(powerEnergyView);

interface Item {
  claimId?: string;
  value: number[];
  itemStyle?: Record<string, unknown>;
}
interface Series {
  type: string;
  name: string;
  data: Item[];
  xAxisIndex?: number;
}
interface Axis {
  type: string;
  min?: number;
  max?: number;
  axisLabel: { formatter: (v: number) => string };
}
interface Option {
  series: Series[];
  xAxis: Axis[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
}
const optionOf = (claims: readonly Claim[], over: Partial<ViewContext> = {}) =>
  buildPowerEnergyOption(claims, viewContext(over)).option as unknown as Option;
const itemFor = (o: Option, id: string) =>
  o.series.flatMap((s) => s.data.map((d) => ({ s, d }))).find((x) => x.d.claimId === id);

describe('buildPowerEnergyOption()', () => {
  const result = buildPowerEnergyOption(topic, viewContext());
  const option = result.option as unknown as Option;

  it('shows every power and energy claim and omits nothing on the real data', () => {
    expect([...result.shown].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(result.omitted).toEqual([]);
    for (const id of result.shown) expect(itemFor(option, id), id).toBeDefined();
  });

  it('gives each unit its own panel, so no two units share a value axis', () => {
    const unitsByAxis = new Map<number, Set<string>>();
    for (const s of option.series)
      for (const d of s.data) {
        const units = unitsByAxis.get(s.xAxisIndex!) ?? new Set();
        units.add(claimById(d.claimId!).unit);
        unitsByAxis.set(s.xAxisIndex!, units);
      }
    expect([...unitsByAxis.values()].map((u) => [...u])).toEqual([
      ['percent'],
      ['MWh'],
      ['W'],
      ['GPU_hours'],
      ['CNY_per_kWh'],
      ['CNY'],
    ]);
    expect(option.title.map((t) => t.text)).toEqual([
      'Shares (%)',
      'Energy (MWh)',
      'Power (W)',
      'Accelerator time (GPU-hours)',
      'Electricity price (yuan/kWh)',
      'Cost (yuan)',
    ]);
  });

  it('reads shares against 0–100% and labels money in yuan', () => {
    expect(option.xAxis[0]).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(option.xAxis[0]!.axisLabel.formatter(20)).toBe('20%');
    expect(option.xAxis[5]!.axisLabel.formatter(4e8)).toBe('¥400M');
    expect(optionOf(topic, { lang: 'zh' }).xAxis[5]!.axisLabel.formatter(4e8)).toBe('4亿元');
  });

  it('flags the claims whose note records a source error with the red ring', () => {
    for (const id of ['tf-llama-65b-power-draw', 'tf-llama-65b-electricity-cost-written']) {
      expect(itemFor(option, id)!.d.itemStyle).toMatchObject({ borderColor: '#d62728', borderWidth: 3 });
      expect(option.tooltip.formatter({ data: { claimId: id } })).toContain('tt-flag');
    }
    expect(itemFor(option, 'tf-llama-65b-gpu-hours')!.d.itemStyle!['borderWidth']).toBe(2);
  });

  it('styles the 2030 forecast hollow (ringed: flagged outlier) and the estimates filled', () => {
    expect(itemFor(option, 'he-aidc-electricity-share-2030')!.d.itemStyle).toMatchObject({
      color: '#ffffff',
      borderColor: '#d62728',
    });
    expect(itemFor(option, 'tf-gpt3-training-energy')!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('puts only the panel whose values span orders of magnitude (the two costs) on log', () => {
    expect(result.hasLogAxis).toBe(true);
    expect(option.xAxis.map((a) => a.type)).toEqual(['value', 'value', 'value', 'value', 'value', 'log']);
    expect(optionOf(topic, { logScale: false }).xAxis.every((a) => a.type === 'value')).toBe(true);
    expect(buildPowerEnergyOption([claimById('tf-gpt3-training-energy')], viewContext()).hasLogAxis).toBe(false);
  });

  it('omits a claim that is not one of the measures drawn, with a reason in the UI language', () => {
    const other = {
      ...claimById('tf-gpt3-training-energy'),
      id: 'other',
      metric: 'count' as const,
      unit: 'count' as const,
    };
    expect(buildPowerEnergyOption([other], viewContext()).omitted[0]!.reason).toMatch(/not one of the measures/);
    expect(buildPowerEnergyOption([other], viewContext({ lang: 'zh' })).omitted[0]!.reason).toMatch(/不属于本图/);
  });

  it('switches panel titles and descriptions to Chinese', () => {
    const zh = optionOf(topic, { lang: 'zh' });
    expect(zh.title[0]!.text).toBe('占比（%）');
    expect(zh.title[5]!.text).toBe('费用（元）');
    expect(zh.tooltip.formatter({ data: { claimId: 'tf-gpt3-training-energy' } })).toContain('≤1,287兆瓦时');
  });

  it('escapes a hostile quote in the tooltip', () => {
    const evil = { ...claimById('tf-gpt3-training-energy'), quote: '<img src=x onerror=alert(1)>高达1287兆瓦时' };
    const html = optionOf([evil]).tooltip.formatter({ data: { claimId: evil.id } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;<b class="tt-figure">高达1287兆瓦时</b>');
    expect(html).not.toContain('<img');
  });
});
