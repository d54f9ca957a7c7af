import { describe, expect, it } from 'vitest';
import { buildMarketSizeOption, marketSizeView } from '../../src/views/market-size';
import type { ViewContext } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(marketSizeView);

interface Item {
  claimId?: string;
  value: number[];
  itemStyle?: Record<string, unknown>;
  label?: { formatter?: string };
}
interface Series {
  type: string;
  name: string;
  data: Item[];
  xAxisIndex?: number;
}
interface Axis {
  type: string;
  data?: string[];
  axisLabel: { formatter: (v: number) => string };
}
interface Option {
  series: Series[];
  xAxis: Axis[];
  yAxis: Axis[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
}
const optionOf = (claims: readonly Claim[], over: Partial<ViewContext> = {}) =>
  buildMarketSizeOption(claims, viewContext(over)).option as unknown as Option;
const itemFor = (o: Option, id: string) =>
  o.series.flatMap((s) => s.data.map((d) => ({ s, d }))).find((x) => x.d.claimId === id);

describe('buildMarketSizeOption()', () => {
  const result = buildMarketSizeOption(topic, viewContext());
  const option = result.option as unknown as Option;

  it('shows every money claim and omits the ×10 multiple and the % share-price change, with reasons', () => {
    const omittedIds = result.omitted.map((o) => o.claimId);
    expect([...result.shown, ...omittedIds].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(omittedIds.sort()).toEqual(['gba-nvidia-market-cap-2y', 'tq-soundhound-stock-jump']);
    expect(result.omitted.find((o) => o.claimId === 'gba-nvidia-market-cap-2y')!.reason).toMatch(/multiple/);
    expect(result.omitted.find((o) => o.claimId === 'tq-soundhound-stock-jump')!.reason).toMatch(/percent/);
    for (const id of result.shown) expect(itemFor(option, id), id).toBeDefined();
  });

  it('keeps dollars and yuan on separate panels and never converts them', () => {
    const panelOf = (id: string) => itemFor(option, id)!.s.xAxisIndex;
    for (const id of ['he-ai-revenue-needed', 'he-ai-revenue-gap', 'tq-baichuan-valuation-2024'])
      expect(panelOf(id)).toBe(0);
    for (const id of ['kpmg-compute-core-industry-2025', 'kpmg-compute-related-industry-2025'])
      expect(panelOf(id)).toBe(1);
    expect(itemFor(option, 'kpmg-compute-core-industry-2025')!.d.value[0]).toBe(4.4e12);
    expect(itemFor(option, 'he-ai-revenue-needed')!.d.value[0]).toBe(6e11);
    expect(option.title.map((t) => t.text)).toEqual(['US dollars (not converted)', 'Chinese yuan (not converted)']);
  });

  it('labels money axes in B/T for English and 亿/万亿 for Chinese', () => {
    expect(option.xAxis[0]!.axisLabel.formatter(1e9)).toBe('$1B');
    expect(option.xAxis[1]!.axisLabel.formatter(2.4e13)).toBe('¥24T');
    const zh = optionOf(topic, { lang: 'zh' });
    expect(zh.xAxis[0]!.axisLabel.formatter(1e9)).toBe('10亿美元');
    expect(zh.xAxis[1]!.axisLabel.formatter(2.4e13)).toBe('24万亿元');
    expect(zh.title[0]!.text).toBe('美元（不折算）');
    expect(zh.yAxis[1]!.data).toContain('2025年我国算力核心产业规模不低于4.4万亿元');
  });

  it('formats tooltips and point labels in the reader’s scale words', () => {
    expect(option.tooltip.formatter({ data: { claimId: 'kpmg-compute-core-industry-2025' } })).toContain('≥¥4.4T');
    const zh = optionOf(topic, { lang: 'zh' });
    expect(zh.tooltip.formatter({ data: { claimId: 'kpmg-compute-core-industry-2025' } })).toContain('≥4.4万亿元');
    expect(itemFor(zh, 'he-ai-revenue-needed')!.d.label!.formatter).toBe('>6000亿美元');
  });

  it('styles forecasts hollow and observed valuations filled', () => {
    expect(itemFor(option, 'kpmg-compute-related-industry-2025')!.d.itemStyle).toMatchObject({
      color: '#ffffff',
      borderType: 'dashed',
    });
    expect(itemFor(option, 'tq-baichuan-valuation-2024')!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('puts every money axis on log when asked, linear otherwise', () => {
    expect(result.hasLogAxis).toBe(true);
    expect(option.xAxis.map((a) => a.type)).toEqual(['log', 'log']);
    expect(optionOf(topic, { logScale: false }).xAxis.map((a) => a.type)).toEqual(['value', 'value']);
  });

  it('draws a single currency as a single panel, largest first', () => {
    const small = { ...claimById('he-ai-revenue-gap'), id: 'small', value: 1e9 };
    const o = optionOf([small, claimById('he-ai-revenue-needed')]);
    expect(o.xAxis).toHaveLength(1);
    expect(o.yAxis[0]!.data![0]).toMatch(/AI revenue needed/);
  });

  it('escapes a hostile quote in the tooltip', () => {
    const evil = { ...claimById('tq-baichuan-valuation-2024'), quote: '<img src=x onerror=alert(1)>18亿美元' };
    const html = optionOf([evil]).tooltip.formatter({ data: { claimId: evil.id } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;<b class="tt-figure">18亿美元</b>');
    expect(html).not.toContain('<img');
  });
});
