import { describe, expect, it } from 'vitest';
import { describeChart, extremesByUnit } from '../../src/domain/chart-description';
import { claimById, viewContext } from '../charts/view-context';
import { claim } from './audit/make-claim';

const { sources } = viewContext();
const liquid = [
  'he-liquid-cooling-market-2023',
  'he-liquid-cooling-growth-2023',
  'he-liquid-cooling-cagr-2023-2028',
].map(claimById);

describe('describeChart()', () => {
  it('says what the chart shows, how many claims from which sources, and the range per unit with who said each end', () => {
    expect(describeChart('China liquid-cooled server market', liquid, sources, 'en')).toBe(
      'China liquid-cooled server market. 3 claims from one source: CWW / He Baohong. ' +
        'In percent: lowest 45.8% (He Baohong), highest 52.6% (He Baohong). ' +
        'In US dollars: $1.55B (He Baohong).',
    );
  });

  it('says it in Chinese with Chinese numbers and names', () => {
    expect(describeChart('中国液冷服务器市场。', liquid, sources, 'zh')).toBe(
      '中国液冷服务器市场。共 3 条论断，来自 1 个来源：通信世界·何宝宏。' +
        '单位“%”：最低 45.8%（何宝宏），最高 52.6%（何宝宏）。' +
        '单位“美元”：15.5亿美元（何宝宏）。',
    );
  });

  it('takes a range at its low end for the lowest and its high end for the highest', () => {
    const claims = [
      claim({ id: 'a', valueLow: 3, valueHigh: 4, unit: 'doubling_months', attributedTo: 'Low' }),
      claim({ id: 'b', value: 5, unit: 'doubling_months', attributedTo: 'Middle' }),
      claim({ id: 'c', valueLow: 2, valueHigh: 5, unit: 'doubling_months', attributedTo: 'Wide' }),
    ];
    const [months] = extremesByUnit(claims);
    expect(months!.low.id).toBe('c');
    expect(months!.high.id).toBe('b'); // the 2–5 range ties at 5; the first to state it stays
    expect(months!.count).toBe(3);
    expect(describeChart('Doubling times', claims.slice(0, 2), new Map(), 'en')).toContain(
      'In doubling time (months): lowest 3–4 months (Low), highest 5 months (Middle).',
    );
  });

  it('describes the three units with the most claims and counts the rest', () => {
    const units = ['percent', 'percent', 'USD', 'USD', 'CNY', 'CNY', 'W', 'MWh', 'MWh'] as const;
    const claims = units.map((unit, i) => claim({ id: `c${i}`, unit, value: i + 1 }));
    const text = describeChart('Mixed', claims, new Map(), 'en');
    expect(text).toContain('In percent:');
    expect(text).toContain('In US dollars:');
    expect(text).toContain('In yuan:');
    expect(text).not.toContain('In W');
    expect(text).toContain('3 more claims in 2 other units.');
    expect(describeChart('Mixed', claims.slice(0, 7), new Map(), 'en')).toContain('1 more claim in another unit.');
  });

  it('names imported claims as the reader’s own data and counts one claim in the singular', () => {
    const mine = claim({ id: 'mine', sourceId: 'my-file', value: 7, unit: 'percent', attributedTo: 'Me' });
    expect(describeChart('Mine', [mine], sources, 'en')).toBe(
      'Mine. 1 claim from one source: Your data. In percent: 7% (Me).',
    );
  });

  it('ends a description that asks a question with its question mark', () => {
    expect(describeChart('How fast does AI compute grow?', liquid, sources, 'en')).toMatch(
      /^How fast does AI compute grow\? 3 claims/,
    );
    expect(describeChart('AI 算力增长有多快？', liquid, sources, 'zh')).toMatch(/^AI 算力增长有多快？共 3 条论断/);
  });

  it('says so when no claim is left', () => {
    expect(describeChart('Empty', [], sources, 'en')).toBe('Empty. No claim matches the filters.');
    expect(describeChart('空', [], sources, 'zh')).toBe('空。当前筛选下没有论断。');
  });
});
