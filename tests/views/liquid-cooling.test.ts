import { describe, expect, it } from 'vitest';
import { buildLiquidCoolingOption, liquidCoolingView } from '../../src/views/liquid-cooling';
import type { ViewContext } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(liquidCoolingView);
const MARKET = 'he-liquid-cooling-market-2023';
const YOY = 'he-liquid-cooling-growth-2023';
const CAGR = 'he-liquid-cooling-cagr-2023-2028';

interface Item {
  claimId?: string;
  value: number[];
  derived?: boolean;
  tooltipHtml?: string;
  dashed?: boolean;
  itemStyle?: Record<string, unknown>;
}
interface Series {
  type: string;
  name: string;
  data: Item[];
  xAxisIndex?: number;
  yAxisIndex?: number;
  lineStyle?: { type?: string };
}
interface Option {
  series: Series[];
  yAxis: { type: string }[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
}
const optionOf = (claims: readonly Claim[], over: Partial<ViewContext> = {}) =>
  buildLiquidCoolingOption(claims, viewContext(over)).option as unknown as Option;
const itemFor = (o: Option, id: string) =>
  o.series.flatMap((s) => s.data.map((d) => ({ s, d }))).find((x) => x.d.claimId === id);
const derivedAt = (o: Option, year: number) =>
  o.series.flatMap((s) => s.data.map((d) => ({ s, d }))).find((x) => x.d.derived && x.d.value[0] === year)!;

describe('buildLiquidCoolingOption()', () => {
  const result = buildLiquidCoolingOption(topic, viewContext());
  const option = result.option as unknown as Option;

  it('shows all three claims as hoverable items that carry their claim id', () => {
    expect(result.shown.sort()).toEqual([CAGR, YOY, MARKET].sort());
    expect(result.omitted).toEqual([]);
    expect(itemFor(option, MARKET)!.d.value).toEqual([2023, 1.55e9]);
    expect(itemFor(option, YOY)!.d.value).toEqual([2022, 2023, 52.6]);
    expect(itemFor(option, CAGR)!.d.value).toEqual([2023, 2028, 45.8]);
    expect(itemFor(option, CAGR)!.s).toMatchObject({ type: 'custom', xAxisIndex: 1, yAxisIndex: 1 });
  });

  it('styles the observed market and growth solid and the CAGR forecast dashed', () => {
    expect(itemFor(option, MARKET)!.d.itemStyle!['color']).not.toBe('#ffffff');
    expect(itemFor(option, YOY)!.d.dashed).toBe(false);
    expect(itemFor(option, CAGR)!.d.dashed).toBe(true);
  });

  it('derives 2022 from the 52.6% growth and shows the sum with both quotes', () => {
    const { s, d } = derivedAt(optionOf(topic, { lang: 'zh' }), 2022);
    expect(d.value[1]).toBeCloseTo(1.55e9 / 1.526, 0);
    expect(d.claimId).toBeUndefined();
    expect(s.lineStyle!.type).toBe('dashed');
    expect(d.tooltipHtml).toContain('15.5亿美元 / (1 + 52.6%) = 15.5亿美元 / 1.526 ≈ 10.2亿美元');
    expect(d.tooltipHtml).toContain('2022（推算值，原文未给出）');
    expect(d.tooltipHtml).toContain('2023年中国液冷服务器市场规模<b class="tt-figure">15.5亿美元</b>');
    expect(d.tooltipHtml).toContain('同比增长<b class="tt-figure">52.6%</b>');
  });

  it('projects 2024–2028 at the 45.8% CAGR, each point showing base × (1 + r)^n with the numbers', () => {
    const years = option.series
      .find((s) => s.name.includes('CAGR path'))!
      .data.filter((d) => d.derived)
      .map((d) => d.value[0]);
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028]);
    const { d } = derivedAt(option, 2028);
    expect(d.value[1]).toBeCloseTo(1.55e9 * 1.458 ** 5, 0);
    const html = option.tooltip.formatter({ data: d });
    expect(html).toBe(d.tooltipHtml);
    expect(html).toContain('$1.55B × (1 + 45.8%)⁵ = $1.55B × 1.458⁵ ≈ $10.2B');
    expect(html).toContain('2028 (derived; no source states it)');
    expect(html).toContain('未来五年年复合增长率将达到<b class="tt-figure">45.8%</b>');
    expect(derivedAt(option, 2024).d.tooltipHtml).toContain('$1.55B × 1.458¹ ≈ $2.26B');
  });

  it('puts the money axis on log when asked and keeps the percent axis linear', () => {
    expect(result.hasLogAxis).toBe(true);
    expect(option.yAxis.map((a) => a.type)).toEqual(['log', 'value']);
    expect(optionOf(topic, { logScale: false }).yAxis.map((a) => a.type)).toEqual(['value', 'value']);
  });

  it('omits a growth rate whose source gives no market to grow from, and a market in another currency', () => {
    const orphan = { ...claimById(YOY), id: 'orphan', sourceId: 'kpmg-lenovo-2023' };
    const yuan = { ...claimById(MARKET), id: 'yuan', unit: 'CNY' as const };
    const r = buildLiquidCoolingOption([claimById(MARKET), orphan, yuan], viewContext());
    expect(r.shown).toEqual([MARKET]);
    expect(r.omitted.find((o) => o.claimId === 'orphan')!.reason).toMatch(/no market size/);
    expect(r.omitted.find((o) => o.claimId === 'yuan')!.reason).toMatch(/never converted/);
  });

  it('names series and panels in the UI language', () => {
    const zh = optionOf(topic, { lang: 'zh' });
    expect(zh.title.map((t) => t.text)).toEqual(['市场规模（美元）', '增速（%/年，横跨所指年份）']);
    expect(zh.series.map((s) => s.name)).toContain('推算：按年复合 45.8% 增长（2023–2028）');
    expect(option.series.map((s) => s.name)).toContain('Derived: 2022 implied by +52.6% YoY');
  });

  it('escapes a hostile quote in claim and derived tooltips alike', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const market = { ...claimById(MARKET), quote: `${evil}15.5亿美元` };
    const yoy = { ...claimById(YOY), quote: evil, figure: '' };
    const o = optionOf([market, yoy]);
    const claimHtml = o.tooltip.formatter({ data: { claimId: MARKET } });
    expect(claimHtml).toContain('&lt;img');
    expect(claimHtml).not.toContain('<img');
    const derivedHtml = o.tooltip.formatter({ data: derivedAt(o, 2022).d });
    expect(derivedHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(derivedHtml).not.toContain('<img');
  });
});
