import { describe, expect, it } from 'vitest';
import { perYearInterval } from '../../../src/domain/audit/growth-pace';
import { impliedValueFindings } from '../../../src/domain/audit/implied-value';
import { claim, contextOf, involving, realData } from './make-claim';

const market = claim({
  id: 'market',
  metric: 'market_size',
  unit: 'USD',
  value: 1.55e9,
  year: 2023,
  topic: 'liquid_cooling',
  figure: '15.5亿美元',
});
const yoy = claim({
  id: 'yoy',
  metric: 'growth_rate',
  unit: 'percent',
  value: 52.6,
  year: 2023,
  topic: 'liquid_cooling',
  figure: '52.6%',
});
const cagr = (fields: Partial<typeof market> = {}) =>
  claim({
    id: 'cagr',
    metric: 'cagr',
    unit: 'percent',
    value: 45.8,
    periodStart: 2023,
    periodEnd: 2028,
    year: 2028,
    topic: 'liquid_cooling',
    ...fields,
  });

describe('impliedValueFindings(): year-on-year growth', () => {
  it("derives the previous year's size from a size and its YoY growth", () => {
    const [f] = impliedValueFindings([market, yoy], contextOf());
    expect(f).toMatchObject({ rule: 'implied-value', severity: 'info', claimIds: ['market', 'yoy'] });
    expect(f?.steps.formula).toBe('1,550,000,000 / (1 + 52.6%) = 1,550,000,000 / 1.526');
    expect(f?.verdict.zh).toContain('2022年约10.157亿美元');
  });

  it('does not pair a growth rate with a size of another region or year', () => {
    expect(impliedValueFindings([market, { ...yoy, region: 'US' }], contextOf())).toEqual([]);
    expect(impliedValueFindings([market, { ...yoy, year: 2024 }], contextOf())).toEqual([]);
  });
});

describe('impliedValueFindings(): CAGR over a stated period', () => {
  it('projects the end-year size from a start-year size', () => {
    const [f] = impliedValueFindings([market, cagr()], contextOf());
    expect(f?.title.en).toBe('The CAGR projects the end-year size');
    expect(f?.steps.result).toBe('≈ 10,210,000,000 USD in 2028');
  });

  it('implies a base from an end-year floor, and says the base is a floor', () => {
    const end = claim({
      id: 'end',
      metric: 'compute_capacity',
      unit: 'EFLOPS',
      value: 360,
      year: 2026,
      qualifier: 'more_than',
      topic: 'compute_capacity',
    });
    const rate = cagr({ value: 20, periodStart: 2023, periodEnd: 2026, topic: 'compute_capacity' });
    const [f] = impliedValueFindings([end, rate], contextOf());
    expect(f?.steps.result).toBe('≥ 208.3 EFLOPS in 2023');
    expect(f?.verdict.en).toContain('so the base is a floor');
  });

  it('warns when a stated CAGR does not match its own start and end', () => {
    const end = claim({
      id: 'end',
      metric: 'market_size',
      unit: 'USD',
      value: 3.1e9,
      year: 2028,
      topic: 'liquid_cooling',
    });
    const [f] = impliedValueFindings([market, cagr(), end], contextOf());
    expect(f).toMatchObject({ severity: 'warning', claimIds: ['market', 'cagr', 'end'] });
    expect(f?.steps.result).toBe('14.9% a year');
  });

  it('leaves a CAGR alone when no size of its topic sits at either end of the period', () => {
    expect(impliedValueFindings([{ ...market, topic: 'market_size' }, cagr()], contextOf())).toEqual([]);
  });
});

describe('impliedValueFindings(): doubling time and yearly multiple', () => {
  const text = '计算量每三四个月就翻一番,也就是每年增长近10倍,远超摩尔定律。';
  const doubling = claim({
    id: 'd',
    metric: 'compute_demand_growth',
    unit: 'doubling_months',
    valueLow: 3,
    valueHigh: 4,
    quote: '计算量每三四个月就翻一番',
  });
  const yearly = claim({
    id: 'x',
    metric: 'compute_demand_growth',
    unit: 'x_per_year',
    value: 10,
    qualifier: 'about',
    quote: '也就是每年增长近10倍',
  });

  it('converts doubling months to × per year, swapping the ends', () => {
    expect(perYearInterval(doubling)).toEqual({ lo: 8, hi: 16 });
  });

  it('finds a multiple stated beside a doubling time consistent when it lies in the implied range', () => {
    const [f] = impliedValueFindings([doubling, yearly], contextOf({ 'src-a': text }));
    expect(f).toMatchObject({ severity: 'info', claimIds: ['d', 'x'] });
    expect(f?.steps.result).toBe('×8–×16 per year');
  });

  it('warns, with the factor, when the multiple beside it falls outside the range', () => {
    const far = { ...yearly, value: 40, quote: '也就是每年增长近40倍' };
    const [f] = impliedValueFindings([doubling, far], contextOf({ 'src-a': text.replace('10倍', '40倍') }));
    expect(f?.severity).toBe('warning');
    expect(f?.verdict.en).toContain('×2.5 away');
  });

  it('does not pair figures that are far apart in the text', () => {
    const apart = `计算量每三四个月就翻一番。${'无关内容。'.repeat(20)}也就是每年增长近10倍`;
    expect(impliedValueFindings([doubling, yearly], contextOf({ 'src-a': apart }))).toEqual([]);
  });

  it("puts a lone Moore's-law doubling time on the yearly scale", () => {
    const moore = claim({ id: 'm', metric: 'moores_law', unit: 'doubling_months', value: 24 });
    const [f] = impliedValueFindings([moore], contextOf());
    expect(f?.steps.result).toBe('×1.414 per year (+41% a year)');
  });
});

describe('impliedValueFindings() on the real data', () => {
  const { claims, ctx } = realData();
  const findings = impliedValueFindings(claims, ctx);

  it('derives the 2022 liquid-cooling market: 15.5亿美元 / 1.526 ≈ 10.16亿美元', () => {
    const [f] = involving(findings, 'he-liquid-cooling-growth-2023');
    expect(f?.verdict.zh).toContain('2022年约10.157亿美元');
  });

  it('projects the liquid-cooling market to about 10.2e9 USD in 2028', () => {
    const [f] = involving(findings, 'he-liquid-cooling-cagr-2023-2028');
    expect(f?.steps.result).toBe('≈ 10,210,000,000 USD in 2028');
  });

  it("implies CCID's 2023 base of at least ≈208 EFLOPS", () => {
    const [f] = involving(findings, 'tq-china-compute-cagr-2023-2026');
    expect(f?.claimIds).toEqual(['tq-china-compute-2026', 'tq-china-compute-cagr-2023-2026']);
    expect(f?.steps.result).toBe('≥ 208.3 EFLOPS in 2023');
  });

  it("finds 蒋钦's 3–4-month doubling consistent with his ≈×10 a year", () => {
    const [f] = involving(findings, 'tq-frontier-compute-yearly');
    expect(f).toMatchObject({
      severity: 'info',
      claimIds: ['tq-frontier-compute-doubling', 'tq-frontier-compute-yearly'],
    });
  });

  it("converts the article's Moore's law (2 years) to ×1.41 a year, once for both mentions", () => {
    const [f] = involving(findings, 'tq-moores-law-jiang');
    expect(f?.claimIds).toEqual(['tq-moores-law-article', 'tq-moores-law-jiang']);
    expect(f?.steps.result).toContain('×1.414');
  });
});
