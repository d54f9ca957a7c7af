import { describe, expect, it } from 'vitest';
import { statedArithmeticFindings } from '../../../src/domain/audit/stated-arithmetic';
import { evaluate, findWrittenExpressions } from '../../../src/domain/audit/written-expression';
import { claim, contextOf, realData } from './make-claim';

const LLAMA = '需要449W*1022362h*0.87=408944800元，约40万元人民币';
const text = `训练的耗电，以美国电价0.87元/度估算，${LLAMA}。`;

describe('findWrittenExpressions()', () => {
  it('reads operands with unit letters and Chinese multipliers', () => {
    const [e] = findWrittenExpressions(LLAMA);
    expect(e?.operands.map((o) => [o.value, o.unit])).toEqual([
      [449, 'W'],
      [1022362, 'h'],
      [0.87, ''],
    ]);
    expect(e?.stated).toMatchObject({ value: 408944800, unit: '元' });
    expect(findWrittenExpressions('15.5亿美元×2=31亿美元')[0]?.stated.value).toBe(3.1e9);
  });

  it('ignores numbers that are not a written-out calculation', () => {
    expect(findWrittenExpressions('Mixtral 8x7B模型凭借70亿参数量')).toEqual([]);
    expect(findWrittenExpressions('成本却是闭源模型的1/20')).toEqual([]);
  });

  it('evaluates products before sums', () => {
    const [e] = findWrittenExpressions('2+3*4=14');
    expect(e && evaluate(e)).toBe(14);
  });
});

describe('statedArithmeticFindings()', () => {
  const claims = [
    claim({ id: 'cost', quote: LLAMA, figure: '408944800元', unit: 'CNY' }),
    claim({ id: 'power', quote: LLAMA, figure: '449W', unit: 'W' }),
    claim({ id: 'price', quote: '以美国电价0.87元/度估算', figure: '0.87元/度', unit: 'CNY_per_kWh', value: 0.87 }),
  ];
  const findings = statedArithmeticFindings(claims, contextOf({ 'src-a': text }));

  it('flags a written product that does not hold as an error, once per sentence', () => {
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.steps.result).toContain('399,365,268.06');
    expect(findings[0]?.steps.stated).toContain('408,944,800');
  });

  it('names every claim quoting the sentence, in the order their figures appear', () => {
    expect(findings[0]?.claimIds).toEqual(['power', 'cost']);
    expect(findings[0]?.id).toBe('stated-arithmetic:power+cost');
  });

  it('explains the W·h vs kWh slip, the approximate amount beside it and where 408,944,800 comes from', () => {
    const v = findings[0]?.verdict.en ?? '';
    expect(v).toContain('459,040.54 kWh × 0.87 = 399,365.27 元');
    expect(v).toContain('"约40万元" written beside it agrees with that corrected value');
    expect(v).toContain('408,944,800 equals 400 × 1,022,362 exactly');
    expect(findings[0]?.steps.inputs.join(' ')).toContain('price');
    expect(findings[0]?.verdict.zh).toContain('原文算式结果有误');
  });

  it('reports a calculation that checks out as info', () => {
    const ok = statedArithmeticFindings([claim({ id: 'a', quote: '共需2*3.5=7台', figure: '7台' })], contextOf());
    expect(ok).toHaveLength(1);
    expect(ok[0]).toMatchObject({
      severity: 'info',
      title: { en: 'The calculation written in the source checks out' },
    });
  });

  it('says nothing about quotes without a calculation', () => {
    expect(statedArithmeticFindings([claim({ id: 'a', quote: '市场规模15.5亿美元' })], contextOf())).toEqual([]);
  });

  it('finds the LLaMA-65B electricity calculation in the real data, with all four claims quoting it', () => {
    const { claims: real, ctx } = realData();
    const found = statedArithmeticFindings(real, ctx);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.sourceIds).toEqual(['tianfeng-2024-trends']);
    expect(found[0]?.claimIds).toEqual([
      'tf-llama-65b-power-draw',
      'tf-llama-65b-gpu-hours',
      'tf-llama-65b-electricity-cost-written',
      'tf-llama-65b-electricity-cost-approx',
    ]);
    expect(found[0]?.verdict.en).toMatch(/399,365,268\.06.*399,365\.27 元.*400 × 1,022,362/s);
    expect(found[0]?.steps.inputs[2]).toContain('tf-us-electricity-price-assumed');
  });
});
