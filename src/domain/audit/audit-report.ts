/**
 * The audit as text for a terminal and as JSON, both pure so `npm run audit` only reads files and prints.
 */
import type { Claim } from '../../data/claim';
import type { Source } from '../../data/source';
import type { Lang } from '../format-number';
import { t } from '../messages';
import type { Finding, Severity } from './finding';
import { AUDIT_RULES, SEVERITY_ORDER } from './run-audit';

/** A finding with the claims it involves spelled out, for JSON export. */
export interface FindingWithQuotes extends Finding {
  claims: { id: string; sourceId: string; figure: string; quote: string }[];
}

const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
  zh: { error: '错误', warning: '警告', info: '提示' },
};

const WORDS = {
  en: { claims: 'claims', said: 'the source said', verdict: 'verdict', none: 'No findings.' },
  zh: { claims: '论断', said: '原文', verdict: '结论', none: '没有发现。' },
} as const;

const COLON: Record<Lang, string> = { en: ': ', zh: '：' };
/** Findings with each involved claim's id, source, figure and quote, in the findings' order. */
export function findingsWithQuotes(findings: readonly Finding[], claims: readonly Claim[]): FindingWithQuotes[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return findings.map((f) => ({
    ...f,
    claims: f.claimIds.map((id) => {
      const c = byId.get(id);
      return { id, sourceId: c?.sourceId ?? '', figure: c?.figure ?? '', quote: c?.quote ?? '' };
    }),
  }));
}

/** The involved claims, one line per distinct quote, the claim ids (and figures) under it. */
function claimLines(f: FindingWithQuotes, lang: Lang): string[] {
  const byQuote = new Map<string, FindingWithQuotes['claims']>();
  for (const c of f.claims)
    byQuote.set(`${c.sourceId}\u0000${c.quote}`, [...(byQuote.get(`${c.sourceId}\u0000${c.quote}`) ?? []), c]);
  const many = f.sourceIds.length > 1;
  const lines = [`  ${WORDS[lang].claims}${COLON[lang].trim()}`];
  for (const group of byQuote.values()) {
    const first = group[0];
    if (!first) continue;
    lines.push(`    「${first.quote}」${many ? ` — ${first.sourceId}` : ''}`);
    lines.push(`      ${group.map((c) => `${c.id} (${c.figure})`).join(' · ')}`);
  }
  return lines;
}

/** One finding as indented lines: severity, rule, title; the claims; the steps as a chain; the verdict. */
export function formatFinding(f: FindingWithQuotes, lang: Lang): string[] {
  const s = f.steps;
  return [
    `${SEVERITY_WORD[lang][f.severity]} · ${f.rule} · ${f.title[lang]}`,
    ...claimLines(f, lang),
    `  ${s.inputs.join(' · ')}`,
    `    → ${s.formula}`,
    `    → ${s.result}`,
    ...(s.stated !== undefined ? [`    → ${WORDS[lang].said}${COLON[lang]}${s.stated}`] : []),
    `  ${WORDS[lang].verdict}${COLON[lang]}${f.verdict[lang]}`,
  ];
}

/** "12 findings: 2 error, 3 warning, 7 info · stated-arithmetic 1, …" */
export function auditSummary(findings: readonly Finding[], lang: Lang): string {
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const sep = t('listSeparator', lang);
  const bySeverity = SEVERITY_ORDER.map((s) => `${SEVERITY_WORD[lang][s]} ${count((f) => f.severity === s)}`).join(sep);
  const byRule = AUDIT_RULES.map(([r]) => `${r} ${count((f) => f.rule === r)}`).join(sep);
  return t('auditReportSummary', lang, { count: findings.length, bySeverity, byRule });
}

/**
 * The whole report: findings grouped by source (id and short name), single-source groups in the order the
 * findings come, findings spanning several sources last under all their names; then the summary line.
 */
export function formatAuditReport(
  findings: readonly Finding[],
  claims: readonly Claim[],
  sources: readonly Source[],
  lang: Lang,
): string[] {
  const name = new Map(sources.map((s) => [s.id, lang === 'zh' ? s.shortZh : s.shortEn]));
  const groups = new Map<string, FindingWithQuotes[]>();
  const withQuotes = findingsWithQuotes(findings, claims);
  const ordered = [
    ...withQuotes.filter((f) => f.sourceIds.length <= 1),
    ...withQuotes.filter((f) => f.sourceIds.length > 1),
  ];
  for (const f of ordered) {
    const key = f.sourceIds.join(' + ');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [key, group] of groups) {
    const header = key
      .split(' + ')
      .map((id) => `${id} · ${name.get(id) ?? id}`)
      .join(' + ');
    lines.push(`== ${header} ==`, '');
    for (const f of group) lines.push(...formatFinding(f, lang), '');
  }
  if (findings.length === 0) lines.push(WORDS[lang].none);
  lines.push(auditSummary(findings, lang));
  return lines;
}
