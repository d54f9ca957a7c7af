import { describe, expect, it } from 'vitest';
import { FLAGS_COMPUTED_BY, knownFactFindings } from '../../../src/domain/audit/known-fact';
import { runAudit } from '../../../src/domain/audit/run-audit';
import type { Flag } from '../../../src/data/vocabulary';
import { claim, contextOf, realData } from './make-claim';

describe('knownFactFindings()', () => {
  it('turns a source_error flag into an error carrying the note', () => {
    const c = claim({ id: 'p', figure: '70亿', labelZh: 'Mixtral参数量', flags: ['source_error'], note: '7B is one expert.' });
    const [f] = knownFactFindings([c], contextOf());
    expect(f).toMatchObject({ id: 'known-fact:p', severity: 'error', steps: { stated: '70亿', result: 'see note' } });
    expect(f?.verdict).toEqual({ en: '7B is one expert.', zh: 'Mixtral参数量：原文数据有误，见注释。' });
  });

  it('treats unsupported, misattributed and outlier flags as warnings', () => {
    const findings = knownFactFindings(
      (['unsupported', 'misattributed', 'outlier'] as Flag[]).map((f) => claim({ id: f, flags: [f], note: 'n' })),
      contextOf(),
    );
    expect(findings.map((f) => [f.claimIds[0], f.severity])).toEqual([
      ['unsupported', 'warning'],
      ['misattributed', 'warning'],
      ['outlier', 'warning'],
    ]);
  });

  it('reads the flags column, never the prose of a note', () => {
    expect(knownFactFindings([claim({ id: 'c', note: 'SOURCE ERROR in prose only' })], contextOf())).toEqual([]);
  });

  it('leaves flags another rule computes to that rule', () => {
    const c = claim({ id: 'm', flags: ['markup_called_margin'], note: 'n' });
    expect(knownFactFindings([c], contextOf())).toEqual([]);
  });

  it('finds every curator-flagged claim of the real data', () => {
    const { claims, ctx } = realData();
    const found = knownFactFindings(claims, ctx);
    const expected = claims.filter((c) => c.flags.some((f) => !FLAGS_COMPUTED_BY[f])).map((c) => c.id);
    expect(found.map((f) => f.claimIds[0])).toEqual(expected);
    expect(found.find((f) => f.claimIds[0] === 'tf-mixtral-8x7b-params')?.severity).toBe('error');
    expect(found.find((f) => f.claimIds[0] === 'tf-gpt4-params')?.severity).toBe('warning');
  });

  it('every computed flag of the real data is proved by its rule on that claim', () => {
    const { claims, ctx } = realData();
    const findings = runAudit(claims, ctx);
    for (const [flag, rule] of Object.entries(FLAGS_COMPUTED_BY) as [Flag, string][]) {
      const flagged = claims.filter((c) => c.flags.includes(flag)).map((c) => c.id);
      const proved = new Set(findings.filter((f) => f.rule === rule && f.severity !== 'info').flatMap((f) => f.markedIds ?? f.claimIds));
      expect(flagged.length, flag).toBeGreaterThan(0);
      for (const id of flagged) expect(proved.has(id), `${id} flagged ${flag} but ${rule} finds nothing`).toBe(true);
    }
  });
});
