import type { Claim } from '../../data/claim';
import type { Lang } from '../format-number';
import type { AuditContext } from './audit-context';
import { buildFinding } from './build-finding';
import type { Finding, Severity } from './finding';

/** The curator's markers in a claim's note, most specific first, with what each means for a reader. */
const MARKERS: ReadonlyArray<{ marker: string; severity: Severity; title: Record<Lang, string>; zh: string }> = [
  {
    marker: 'SOURCE ARITHMETIC ERROR',
    severity: 'error',
    title: { en: "The source's calculation is wrong", zh: '原文计算有误' },
    zh: '原文计算有误，见注释。',
  },
  {
    marker: 'SOURCE ERROR',
    severity: 'error',
    title: { en: "The source's figure is wrong", zh: '原文数据有误' },
    zh: '原文数据有误，见注释。',
  },
  {
    marker: 'SOURCE CLAIM UNSUPPORTED',
    severity: 'warning',
    title: { en: "The source's figure has no published basis", zh: '原文数据缺乏公开依据' },
    zh: '原文数据缺乏公开依据，见注释。',
  },
];

/**
 * Claims the curator checked against the published record and marked in the note (SOURCE ERROR, SOURCE
 * ARITHMETIC ERROR, SOURCE CLAIM UNSUPPORTED). The note is English, so it is the English verdict as is.
 */
export function knownFactFindings(claims: readonly Claim[], ctx: AuditContext): Finding[] {
  void ctx; // Same signature as every rule; this one needs only the notes.
  const out: Finding[] = [];
  for (const c of claims) {
    const m = MARKERS.find((k) => c.note.toUpperCase().includes(k.marker));
    if (!m) continue;
    out.push(
      buildFinding({
        rule: 'known-fact',
        severity: m.severity,
        claims: [c],
        title: { en: `${m.title.en}: ${c.labelEn}`, zh: `${m.title.zh}：${c.labelZh}` },
        steps: {
          inputs: [`${c.figure} (${c.id}, as written)`],
          formula: 'checked against the published record (see note)',
          result: 'see note',
          stated: c.figure,
        },
        verdict: { en: c.note, zh: `${c.labelZh}：${m.zh}` },
      }),
    );
  }
  return out;
}
