import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Finding, Severity } from '../domain/audit/finding';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

interface Props {
  findings: readonly Finding[];
  claims: ReadonlyMap<string, Claim>;
  sources: readonly Source[];
  lang: Lang;
  onSelectClaim: (id: string) => void;
}

/** One finding: what was checked, the computation step by step, and the verdict. */
export function FindingItem({
  f,
  claims,
  lang,
  onSelectClaim,
}: {
  f: Finding;
  claims: ReadonlyMap<string, Claim>;
  lang: Lang;
  onSelectClaim: (id: string) => void;
}) {
  return (
    <li className={`finding ${f.severity}`} data-finding-id={f.id}>
      <p className="finding-title">
        <span className={`severity ${f.severity}`}>{t(`severity_${f.severity}`, lang)}</span>{' '}
        <strong>{f.title[lang]}</strong> <span className="muted">· {t(`rule_${f.rule}`, lang)}</span>
      </p>
      <ol className="steps">
        <li>
          {t('stepInputs', lang)}: {f.steps.inputs.join('; ')}
        </li>
        <li>
          {t('stepFormula', lang)}: <code>{f.steps.formula}</code>
        </li>
        <li>
          {t('stepResult', lang)}: <code>{f.steps.result}</code>
        </li>
        {f.steps.stated !== undefined && (
          <li>
            {t('stepStated', lang)}: <code>{f.steps.stated}</code>
          </li>
        )}
      </ol>
      <p className="verdict">{f.verdict[lang]}</p>
      <ul className="finding-claims">
        {f.claimIds.map((id) => {
          const c = claims.get(id);
          return (
            <li key={id}>
              <button type="button" className="link" onClick={() => onSelectClaim(id)}>
                {c ? (lang === 'zh' ? c.labelZh : c.labelEn) : id}
              </button>
              {c && (
                <q lang="zh" className="muted">
                  {c.quote}
                </q>
              )}
              {c && lang === 'en' && c.quoteEn && (
                <q lang="en" className="muted quote-en-inline" title={t('translationLabel', lang)}>
                  {c.quoteEn}
                </q>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** The audit view: every finding about the sources' own arithmetic, grouped by source. */
export function AuditPanel({ findings, claims, sources, lang, onSelectClaim }: Props) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <section className="audit-panel chart-card" id="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('auditTitle', lang)}</h2>
      <p className="card-subtitle">{t('auditSubtitle', lang)}</p>
      <p className="muted" role="status">
        {findings.length} {t('findings', lang)}:{' '}
        {(['error', 'warning', 'info'] as Severity[])
          .map((sv) => `${t(`severity_${sv}`, lang)} ${counts[sv]}`)
          .join(' · ')}
      </p>
      {sources.map((s) => {
        const mine = findings.filter((f) => f.sourceIds[0] === s.id);
        if (mine.length === 0) return null;
        return (
          <details key={s.id} className="audit-source" open={mine.some((f) => f.severity !== 'info')}>
            <summary>
              {lang === 'zh' ? s.shortZh : s.shortEn} ({mine.length})
            </summary>
            <ul className="findings">
              {mine.map((f) => (
                <FindingItem key={f.id} f={f} claims={claims} lang={lang} onSelectClaim={onSelectClaim} />
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
