import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FindingWithQuotes } from '../../../src/domain/audit/audit-report';
import type { Finding } from '../../../src/domain/audit/finding';
import { findingsByClaim, flaggedClaims, runAudit, sortFindings } from '../../../src/domain/audit/run-audit';
import { claim, realData } from './make-claim';

const finding = (id: string, severity: Finding['severity'], sourceId: string, claimIds: string[]): Finding => ({
  id,
  rule: 'known-fact',
  severity,
  claimIds,
  sourceIds: [sourceId],
  title: { en: id, zh: id },
  steps: { inputs: [], formula: '', result: '' },
  verdict: { en: '', zh: '' },
});

describe('sortFindings()', () => {
  const claims = [claim({ id: 'a1', sourceId: 'src-a' }), claim({ id: 'b1', sourceId: 'src-b' })];

  it('drops repeated ids, keeping the first', () => {
    const sorted = sortFindings(
      [finding('x', 'info', 'src-a', ['a1']), finding('x', 'error', 'src-a', ['a1'])],
      claims,
    );
    expect(sorted).toHaveLength(1);
    expect(sorted[0]?.severity).toBe('info');
  });

  it('orders by source as the claims list them, then error, warning, info', () => {
    const sorted = sortFindings(
      [
        finding('b-info', 'info', 'src-b', ['b1']),
        finding('a-info', 'info', 'src-a', ['a1']),
        finding('b-err', 'error', 'src-b', ['b1']),
        finding('a-warn', 'warning', 'src-a', ['a1']),
      ],
      claims,
    );
    expect(sorted.map((f) => f.id)).toEqual(['a-warn', 'a-info', 'b-err', 'b-info']);
  });
});

describe('findingsByClaim() and flaggedClaims()', () => {
  const findings = [
    finding('e', 'error', 's', ['a', 'b']),
    finding('i', 'info', 's', ['b', 'c']),
    finding('w', 'warning', 's', ['d']),
  ];

  it('lists the findings of each claim', () => {
    expect(
      findingsByClaim(findings)
        .get('b')
        ?.map((f) => f.id),
    ).toEqual(['e', 'i']);
    expect(findingsByClaim(findings).has('z')).toBe(false);
  });

  it('flags only claims with an error or a warning', () => {
    expect([...flaggedClaims(findings)].sort()).toEqual(['a', 'b', 'd']);
  });

  it('flags only the marked claims of a finding that marks some of those it involves', () => {
    const conflict = { ...finding('x', 'warning', 's', ['p', 'q', 'r']), markedIds: ['p', 'r'] };
    expect([...flaggedClaims([conflict])].sort()).toEqual(['p', 'r']);
    expect(
      findingsByClaim([conflict])
        .get('q')
        ?.map((f) => f.id),
    ).toEqual(['x']); // still listed for q
  });
});

describe('runAudit() on the real data', () => {
  const { claims, ctx } = realData();
  const findings = runAudit(claims, ctx);

  it('runs every rule and gives each finding a unique id', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(['stated-arithmetic', 'implied-value', 'parts-and-wholes', 'cross-source', 'known-fact']),
    );
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('gives every finding a title and a verdict in both languages', () => {
    for (const f of findings)
      for (const text of [f.title.en, f.title.zh, f.verdict.en, f.verdict.zh]) expect(text).not.toBe('');
  });

  it('flags the LLaMA-65B calculation and the 1000% margin, not the clean liquid-cooling maths', () => {
    const flagged = flaggedClaims(findings);
    expect(flagged.has('tf-llama-65b-electricity-cost-written')).toBe(true);
    expect(flagged.has('tf-ai-chip-margin-raymond-james')).toBe(true);
    expect(flagged.has('he-liquid-cooling-market-2023')).toBe(false);
  });

  it('lists a source’s errors before its warnings and infos', () => {
    const tianfeng = findings.filter((f) => f.sourceIds[0] === 'tianfeng-2024-trends').map((f) => f.severity);
    expect(tianfeng).toEqual(
      [...tianfeng].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    expect(tianfeng[0]).toBe('error');
  });
});

describe('npm run audit', () => {
  const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/audit.ts', ...args], { encoding: 'utf8' });

  it('prints the findings as JSON with the quotes of the claims involved', () => {
    const json = JSON.parse(run('--json')) as FindingWithQuotes[];
    const llama = json.find((f) => f.rule === 'stated-arithmetic');
    expect(llama?.severity).toBe('error');
    expect(llama?.claims[0]).toEqual({
      id: 'tf-llama-65b-power-draw',
      sourceId: 'tianfeng-2024-trends',
      figure: '449W',
      quote: '需要449W*1022362h*0.87=408944800元，约40万元人民币',
    });
  }, 30_000);

  it('prints a report grouped by source, in Chinese on request, ending with a summary line', () => {
    const lines = run('--lang', 'zh').trimEnd().split('\n');
    expect(lines).toContain('== tianfeng-2024-trends · 田丰·十大趋势 ==');
    expect(lines.some((l) => l.startsWith('错误 · stated-arithmetic · 原文写出的算式不成立'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^共 \d+ 条发现：错误 \d+、警告 \d+、提示 \d+ · stated-arithmetic 1、/);
  }, 30_000);
});
