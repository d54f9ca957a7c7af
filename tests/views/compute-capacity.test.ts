import { describe, expect, it } from 'vitest';
import { buildComputeCapacityOption, computeCapacityView } from '../../src/views/compute-capacity';
import type { ViewContext } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(computeCapacityView);

interface Item {
  claimId?: string;
  value: number[];
  derived?: boolean;
  tooltipHtml?: string;
  symbol?: string;
  itemStyle?: Record<string, unknown>;
}
interface Series {
  type: string;
  name: string;
  data: Item[];
  xAxisIndex?: number;
  lineStyle?: { type?: string };
}
interface Option {
  series: Series[];
  xAxis: { type: string }[];
  yAxis: { type: string }[];
  title: { text: string }[];
  tooltip: { formatter: (p: unknown) => string };
}
const optionOf = (claims: readonly Claim[], over: Partial<ViewContext> = {}) =>
  buildComputeCapacityOption(claims, viewContext(over)).option as unknown as Option;
const itemFor = (o: Option, id: string) =>
  o.series.flatMap((s) => s.data.map((d) => ({ s, d }))).find((x) => x.d.claimId === id);
const tooltipFor = (o: Option, id: string) => o.tooltip.formatter({ data: { claimId: id } });

describe('buildComputeCapacityOption()', () => {
  const result = buildComputeCapacityOption(topic, viewContext());
  const option = result.option as unknown as Option;

  it('shows or omits every compute-capacity claim, and omits the rank, the two other counts and the share', () => {
    const omittedIds = result.omitted.map((o) => o.claimId);
    expect([...result.shown, ...omittedIds].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(result.shown.filter((id) => omittedIds.includes(id))).toEqual([]);
    expect(omittedIds.sort()).toEqual([
      'gba-pengcheng-iii-pc-equivalent',
      'gba-pengcheng-io500-wins',
      'gba-shenzhen-compute-rank',
      'tq-china-ai-hpc-share-2026',
    ]);
    expect(result.omitted.find((o) => o.claimId === 'gba-shenzhen-compute-rank')!.reason).toMatch(/rank/);
    for (const id of result.shown) expect(itemFor(option, id), id).toBeDefined();
  });

  it('converts PFLOPS to EFLOPS: Pengcheng III 16000 PFLOPS is drawn at 16 and the tooltip says so', () => {
    expect(itemFor(option, 'gba-pengcheng-iii-capacity')!.d.value[1]).toBe(16);
    expect(itemFor(option, 'tq-china-compute-2026')!.d.value).toEqual([2026, 360]);
    const html = tooltipFor(option, 'gba-pengcheng-iii-capacity');
    expect(html).toContain('16000 PFLOPS = 16 EFLOPS');
    expect(html).toContain('no year stated; drawn when it was said (2024-11-16)');
  });

  it('styles the observed capacity filled and the target and forecast hollow and dashed', () => {
    const observed = itemFor(option, 'tq-guian-compute-2024')!.d.itemStyle!;
    expect(observed['color']).not.toBe('#ffffff');
    for (const id of ['tq-guizhou-compute-target-2024', 'tq-china-compute-2026']) {
      expect(itemFor(option, id)!.d.itemStyle).toMatchObject({ color: '#ffffff', borderType: 'dashed' });
    }
  });

  it('puts chip counts in a second grid with its own axis, log when asked, the "few hundred" as a range', () => {
    const chips = itemFor(option, 'tq-guian-ai-chips-2024')!;
    expect(chips.s.xAxisIndex).toBe(1);
    expect(chips.d.value[0]).toBe(95800);
    expect(option.xAxis[1]!.type).toBe('log');
    expect(optionOf(topic, { logScale: false }).xAxis[1]!.type).toBe('value');
    const range = itemFor(option, 'gba-enterprise-model-gpu-threshold')!;
    expect(range.s.type).toBe('custom');
    expect(range.d.value.slice(0, 2)).toEqual([200, 900]);
    expect(result.hasLogAxis).toBe(true);
  });

  it('draws the CCID CAGR as a dashed derived path back to ≈208 EFLOPS in 2023, with the sum and both quotes', () => {
    const path = option.series.find((s) => s.type === 'line')!;
    expect(path.lineStyle!.type).toBe('dashed');
    expect(path.name).toBe('Derived: 20% CAGR back to 2023');
    const base = path.data.find((d) => d.value[0] === 2023)!;
    expect(base.value[1]).toBeCloseTo(208.33, 2);
    expect(base.derived).toBe(true);
    expect(base.claimId).toBeUndefined();
    const html = option.tooltip.formatter({ data: base });
    expect(html).toBe(base.tooltipHtml);
    expect(html).toContain('360 / 1.2³ ≈ 208 EFLOPS');
    expect(html).toContain('the 2026 figure is a floor, so this is too');
    expect(html).toContain('预计到2026年,中国算力规模将超过<b class="tt-figure">360EFlops</b>');
    expect(html).toContain('三年年复合增长率达到<b class="tt-figure">20%</b>');
    expect(path.data.find((d) => d.value[0] === 2024)!.tooltipHtml).toContain('360 / 1.2² ≈ 250 EFLOPS');
  });

  it('draws the CAGR claim itself as a hoverable point mid-path, its tooltip naming the base it implies', () => {
    const { d } = itemFor(option, 'tq-china-compute-cagr-2023-2026')!;
    expect(d.value[0]).toBe(2024.5);
    expect(d.value[1]).toBeCloseTo(208.33 * 1.2 ** 1.5, 1);
    expect(tooltipFor(option, 'tq-china-compute-cagr-2023-2026')).toContain(
      'drawn on the path it implies: 2023: 360 / 1.2³ ≈ 208 EFLOPS',
    );
  });

  it('omits a CAGR when its source gives no capacity for the last year', () => {
    const lonely = { ...claimById('tq-china-compute-cagr-2023-2026'), id: 'lonely' };
    const r = buildComputeCapacityOption([lonely], viewContext());
    expect(r.shown).toEqual([]);
    expect(r.omitted[0]!.reason).toMatch(/final year/);
  });

  it('switches titles, series names and reasons to Chinese', () => {
    const zh = buildComputeCapacityOption(topic, viewContext({ lang: 'zh' }));
    const o = zh.option as unknown as Option;
    expect(o.title.map((t) => t.text)).toEqual(['算力规模（EFLOPS）', 'AI 芯片/显卡数量（张）']);
    expect(o.series.find((s) => s.type === 'line')!.name).toBe('推算：按年复合 20% 倒推至 2023 年');
    expect(zh.omitted.find((o) => o.claimId === 'gba-shenzhen-compute-rank')!.reason).toMatch(/名次/);
    expect(tooltipFor(o, 'gba-pengcheng-iii-capacity')).toContain('未说明年份');
    expect(option.title.map((t) => t.text)).toEqual(['Compute capacity (EFLOPS)', 'AI chips / GPUs (count)']);
  });

  it('escapes a hostile quote in claim and derived tooltips alike', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const end = { ...claimById('tq-china-compute-2026'), quote: `${evil}360EFlops` };
    const rate = { ...claimById('tq-china-compute-cagr-2023-2026'), quote: evil, figure: '' };
    const o = optionOf([end, rate]);
    const claimHtml = tooltipFor(o, end.id);
    expect(claimHtml).toContain('&lt;img');
    expect(claimHtml).not.toContain('<img');
    const derivedHtml = o.series.find((s) => s.type === 'line')!.data[0]!.tooltipHtml!;
    expect(derivedHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(derivedHtml).not.toContain('<img');
  });
});
