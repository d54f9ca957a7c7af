import type { Claim } from '../../data/claim';
import { ERROR_FLAGS, FLAGS, type Flag } from '../../data/vocabulary';
import type { AuditContext } from './audit-context';
import { buildFinding } from './build-finding';
import type { AuditRule, Finding } from './finding';

/**
 * Flags another rule already proves by computation, so this rule does not report them twice: the stated
 * arithmetic recomputes a wrong sum, the parts-and-wholes rule reads a margin over 100% as a markup. A test
 * holds each flag and its computed finding together on the real data.
 */
export const FLAGS_COMPUTED_BY: Readonly<Partial<Record<Flag, AuditRule>>> = {
  arithmetic_error: 'stated-arithmetic',
  markup_called_margin: 'parts-and-wholes',
};

/**
 * Claims the curators checked against the published record and flagged (source_error, unsupported,
 * misattributed, outlier …): one finding per claim, as serious as its most serious flag, with the note as
 * the English verdict.
 */
export function knownFactFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  void ctx; // Same signature as every rule; this one needs only the flags.
  const out: Finding[] = [];
  for (const c of claims) {
    const flags = c.flags.filter((f) => !FLAGS_COMPUTED_BY[f]);
    if (flags.length === 0) continue;
    const severity = flags.some((f) => ERROR_FLAGS.has(f)) ? 'error' : 'warning';
    const title = (lang: 'en' | 'zh') => flags.map((f) => FLAGS[f][lang]).join(lang === 'zh' ? '；' : '; ');
    out.push(
      buildFinding({
        rule: 'known-fact',
        severity,
        claims: [c],
        title: { en: `${title('en')}: ${c.labelEn}`, zh: `${title('zh')}：${c.labelZh}` },
        steps: {
          inputs: [`${c.figure} (${c.id}, as written)`],
          formula: `checked against the published record (flags: ${flags.join(', ')}; see note)`,
          result: 'see note',
          stated: c.figure,
        },
        verdict: {
          en: c.note || flags.map((f) => FLAGS[f].description).join(' '),
          zh: `${c.labelZh}：${title('zh')}，见注释。`,
        },
      }),
    );
  }
  return out;
}
