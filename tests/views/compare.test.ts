import { describe, expect, it } from 'vitest';
import { buildCompareOption, MAX_COMPARE_ROWS } from '../../src/views/compare';
import type { ViewContext } from '../../src/charts/view-types';
import { compareAll } from '../../src/domain/compare/normalise';
import type { CommonUnit } from '../../src/domain/compare/question';
import { QUESTIONS } from '../../src/domain/compare/questions';
import { claim } from '../domain/compare/claim-fixture';
import { USER_DATA_COLOR } from '../../src/charts/base-option';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const questionClaims = (id: string) => claimsOf(QUESTIONS.find((q) => q.id === id)!);
const build = (id: string, unit: CommonUnit, over: Partial<ViewContext> = {}) => {
  const claims = questionClaims(id);
  return buildCompareOption(compareAll(claims, unit), claims, viewContext(over), { unit });
};

type Series = { type: string; name: string; xAxisIndex?: number; data: { claimId?: string; value: unknown }[] };
type Axis = {
  type: string;
  name?: string;
  data?: string[];
  logBase?: number;
  min?: number;
  max?: number;
  axisLabel: { formatter?: (v: number) => string };
};
type Option = {
  series: Series[];
  xAxis: Axis[];
  yAxis: Axis[];
  tooltip: { formatter: (p: unknown) => string };
  legend: { data: string[] };
};
const opt = (o: unknown) => o as Option;
const itemFor = (o: unknown, id: string, panel = 0) =>
  opt(o)
    .series.filter((s) => (s.xAxisIndex ?? 0) === panel)
    .flatMap((s) => s.data.map((d) => ({ s, d })))
    .find((x) => x.d.claimId === id);

describe('buildCompareOption()', () => {
  const growth = build('compute-growth', 'x_per_year');
  const o = opt(growth.option);

  it('draws one row per compared claim, largest first, each labelled with its source', () => {
    expect(growth.shown).toHaveLength(8);
    expect(growth.rows).toBe(8);
    const rows = o.yAxis[0]!.data!;
    expect(rows).toHaveLength(8);
    const label = (id: string) => claimById(id).labelEn;
    expect(rows[0]).toBe(`${label('tf-compute-doubling-2023')}\nTian Feng (SenseTime)`);
    // The qualifier (约 → ≈) leads the row.
    expect(rows).toContain(`≈ ${label('tq-frontier-compute-yearly')}\nThree questions on AI`);
    expect(o.yAxis[1]!.data).toEqual(rows);
  });

  it('on a phone-width card drops the vintage panel and narrows the row labels, keeping every row', () => {
    const claims = questionClaims('compute-growth');
    const narrow = buildCompareOption(compareAll(claims, 'x_per_year'), claims, viewContext(), {
      unit: 'x_per_year',
      narrow: true,
    });
    const n = opt(narrow.option) as Option & { grid: unknown[] };
    expect(n.grid).toHaveLength(1);
    expect(n.xAxis).toHaveLength(1);
    expect(n.series.every((s) => (s.xAxisIndex ?? 0) === 0)).toBe(true);
    expect(narrow.shown).toEqual(growth.shown);
    expect((n.yAxis[0]!.axisLabel as { width?: number }).width).toBeLessThan(
      (o.yAxis[0]!.axisLabel as { width?: number }).width!,
    );
  });

  it('draws a range as an interval in the common unit and a point as a point', () => {
    const range = itemFor(growth.option, 'tq-frontier-compute-doubling')!;
    expect(range.s.type).toBe('custom');
    const [low, high] = range.d.value as number[];
    expect([low, high]).toEqual([8, 16]);
    const point = itemFor(growth.option, 'gba-compute-growth-recent')!;
    expect(point.s.type).toBe('scatter');
    expect((point.d.value as number[])[0]).toBe(4);
  });

  it('uses a log axis (base 2 for doubling months) when the claims span more than ×10, linear on request', () => {
    expect(o.xAxis[0]!.type).toBe('log');
    // The axis ends at the whole powers of ten around ×1.41 and ×4,096, not far beyond.
    expect([o.xAxis[0]!.min, o.xAxis[0]!.max]).toEqual([1, 10000]);
    const months = opt(build('compute-growth', 'doubling_months').option).xAxis[0]!;
    expect([months.logBase, months.min, months.max]).toEqual([2, 1, 32]);
    expect(growth.hasLogAxis).toBe(true);
    const linear = opt(build('compute-growth', 'x_per_year', { logScale: false }).option);
    expect(linear.xAxis[0]!.type).toBe('value');
  });

  it('stays linear when the claims span less than ×10', () => {
    const share = build('electricity-share', 'percent');
    expect(opt(share.option).xAxis[0]!.type).toBe('value');
    expect(share.hasLogAxis).toBe(false);
  });

  it('never uses a log axis for calendar years, and writes 2027 without a thousands separator', () => {
    const years = build('data-exhaustion', 'year');
    const axis = opt(years.option).xAxis[0]!;
    expect(axis.type).toBe('value');
    expect(years.hasLogAxis).toBe(false);
    expect(axis.axisLabel.formatter!(2027)).toBe('2027');
    expect(itemFor(years.option, 'he-data-exhaustion-3-5-years')!.d.value).toEqual([2027, 2029, 0]);
  });

  it('names the unit on the value axis in the reader’s language', () => {
    expect(o.xAxis[0]!.name).toBe('× per year, log scale');
    expect(opt(build('compute-growth', 'doubling_months', { lang: 'zh' }).option).xAxis[0]!.name).toBe(
      '翻番周期（月，越短越快），对数轴',
    );
    expect(opt(build('china-compute-scale', 'EFLOPS', { logScale: false }).option).xAxis[0]!.name).toBe(
      'compute (EFLOPS)',
    );
  });

  it('shows when each claim was said against the year it speaks of, in a second panel', () => {
    const said = itemFor(build('data-exhaustion', 'year').option, 'he-data-exhaustion-3-5-years', 1)!;
    const [asOf, target] = said.d.value as number[];
    expect(asOf).toBeCloseTo(2024 + 11 / 12 + 17 / 365);
    expect(target).toBe(2029.5);
    const undated = itemFor(growth.option, 'tq-frontier-compute-doubling', 1)!;
    const [from, to] = undated.d.value as number[];
    expect(to).toBe(from); // no year spoken of: only the dot at as_of
  });

  it('lists the question’s claims it cannot put in the unit as omitted, with the reason', () => {
    const yuan = claim({ id: 'yuan', metric: 'cost', unit: 'CNY', value: 5 });
    const dollars = questionClaims('market-size-usd');
    const r = buildCompareOption(compareAll(dollars, 'USD'), [...dollars, yuan], viewContext(), { unit: 'USD' });
    expect(r.shown).toHaveLength(dollars.length);
    expect(r.omitted).toEqual([{ claimId: 'yuan', reason: 'yuan and dollars are never converted into each other' }]);
  });

  it('tooltip: the conversion in the reader’s language and the verbatim quote', () => {
    const html = o.tooltip.formatter({ data: { claimId: 'tq-frontier-compute-doubling' } });
    expect(html).toContain('Converted: 3–4 months → ×8–16 per year (× = 2^(12 / months))');
    expect(html).toContain('Said 2024-07-12');
    const zh = opt(build('compute-growth', 'x_per_year', { lang: 'zh' }).option);
    expect(zh.tooltip.formatter({ data: { claimId: 'tq-frontier-compute-doubling' } })).toContain(
      '换算: 3–4个月 → 每年×8–16（倍数 = 2^(12 / 月数)）',
    );
    expect(o.tooltip.formatter({ data: { claimId: 'gba-compute-growth-recent' } })).toContain(
      '×4 per year (as stated, not converted)',
    );
  });

  it('escapes a quote before it reaches the tooltip HTML', () => {
    const evil = claim({
      id: 'evil',
      quote: '每年增长<img src=x onerror=alert(1)>4倍',
      figure: '4倍',
      value: 4,
    });
    const r = buildCompareOption(compareAll([evil], 'x_per_year'), [evil], viewContext(), { unit: 'x_per_year' });
    const html = opt(r.option).tooltip.formatter({ data: { claimId: 'evil' } });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });

  it('names its question in the description, not in a drawn title (the figure around it has one), and a legend entry per source', () => {
    const params = questionClaims('parameters');
    const titled = buildCompareOption(compareAll(params, 'params'), params, viewContext(), {
      unit: 'params',
      title: 'How many parameters?',
    }).option as { title?: unknown; legend: { data: string[] }; aria: { label: { description: string } } };
    expect(titled.title).toBeUndefined();
    expect(titled.aria.label.description).toBe('How many parameters?');
    expect(titled.legend.data).toEqual(
      expect.arrayContaining(['Tian Feng (SenseTime)', '21st Century Herald / GBA forum', 'Three questions on AI']),
    );
  });
});

describe('a comparison of many imported claims', () => {
  const curated = questionClaims('compute-growth');
  const imported = Array.from({ length: 500 }, (_, i) =>
    claim({
      id: `mine-${i}`,
      sourceId: 'my-file',
      // From below the lowest curated figure (×1.48) to above the highest (×4,096): the ends are imported.
      value: 1.01 + i * 10,
      userData: { file: 'mine.csv', hasSource: false },
    }),
  );
  const all = [...curated, ...imported];
  const result = buildCompareOption(compareAll(all, 'x_per_year'), all, viewContext(), { unit: 'x_per_year' });

  it('draws at most MAX_COMPARE_ROWS rows and says how many of how many', () => {
    expect(result.shown.length).toBe(MAX_COMPARE_ROWS);
    expect(result.thinned).toEqual({ drawn: MAX_COMPARE_ROWS, total: curated.length + imported.length });
  });

  it('keeps every curated claim and both ends of the range', () => {
    for (const c of curated) expect(result.shown).toContain(c.id);
    expect(result.shown).toContain('mine-499'); // the highest
    expect(result.shown).toContain('mine-0'); // the lowest
  });

  it('does not call the rows it left out "omitted": they are comparable, only not drawn', () => {
    expect(result.omitted.map((o) => o.claimId).filter((id) => id.startsWith('mine-'))).toEqual([]);
  });

  it('draws everything, unthinned, on the real data', () => {
    const real = build('compute-growth', 'x_per_year');
    expect(real.thinned).toBeUndefined();
  });
});

describe('imported claims in a comparison', () => {
  it('draw and list their source in the one "your data" colour: legend, point and interval agree', () => {
    const mine = claim({
      id: 'mine',
      sourceId: 'my-file',
      value: 4,
      valueLow: 3,
      valueHigh: 5,
      userData: { file: 'm.csv', hasSource: false },
    });
    const all = [...questionClaims('compute-growth'), mine];
    const option = buildCompareOption(compareAll(all, 'x_per_year'), all, viewContext(), { unit: 'x_per_year' })
      .option as unknown as Option;
    const series = option.series.filter((s) => s.name === 'my-file');
    expect(series.length).toBeGreaterThan(0);
    expect(USER_DATA_COLOR).toBe('#6e6e6e');
    for (const s of series) expect((s as unknown as { color: string }).color).toBe(USER_DATA_COLOR);
    const point = series.find((s) => s.type === 'scatter')!.data[0] as unknown as { itemStyle: { color: string } };
    expect(point.itemStyle.color).toBe(USER_DATA_COLOR);
  });
});
