import { describe, expect, it } from 'vitest';
import { knownFactFindings } from '../../../src/domain/audit/known-fact';
import { claim, contextOf, realData } from './make-claim';

describe('knownFactFindings()', () => {
  it('turns a SOURCE ERROR note into an error carrying the note', () => {
    const c = claim({ id: 'p', figure: '70亿', labelZh: 'Mixtral参数量', note: 'SOURCE ERROR: 7B is one expert.' });
    const [f] = knownFactFindings([c], contextOf());
    expect(f).toMatchObject({ id: 'known-fact:p', severity: 'error', steps: { stated: '70亿', result: 'see note' } });
    expect(f?.verdict).toEqual({ en: 'SOURCE ERROR: 7B is one expert.', zh: 'Mixtral参数量：原文数据有误，见注释。' });
  });

  it('treats SOURCE ARITHMETIC ERROR as an error and SOURCE CLAIM UNSUPPORTED as a warning', () => {
    const findings = knownFactFindings(
      [
        claim({ id: 'a', note: 'SOURCE ARITHMETIC ERROR. The product is off.' }),
        claim({ id: 'u', note: 'SOURCE CLAIM UNSUPPORTED: rumour.' }),
      ],
      contextOf(),
    );
    expect(findings.map((f) => [f.claimIds[0], f.severity])).toEqual([
      ['a', 'error'],
      ['u', 'warning'],
    ]);
    expect(findings[0]?.verdict.zh).toContain('原文计算有误');
  });

  it('ignores ordinary notes', () => {
    expect(knownFactFindings([claim({ id: 'c', note: 'Correct (Phi-2 has 2.7B parameters).' })], contextOf())).toEqual(
      [],
    );
  });

  it('finds the five marked claims of the real data', () => {
    const { claims, ctx } = realData();
    const found = knownFactFindings(claims, ctx);
    expect(found.map((f) => [f.claimIds[0], f.severity])).toEqual([
      ['tf-mixtral-8x7b-params', 'error'],
      ['tf-gpt35-params', 'error'],
      ['tf-llama-65b-power-draw', 'error'],
      ['tf-llama-65b-electricity-cost-written', 'error'],
      ['tf-gpt4-params', 'warning'],
    ]);
  });
});
