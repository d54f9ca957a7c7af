import type { CandidateDraft } from '../extract/accept-proposal';
import { KINDS, METRICS, QUALIFIERS, TOPICS, UNITS, type VocabEntry } from '../data/vocabulary';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/** Where a candidate stands: still open, accepted into the user's source, dismissed, or refused with reasons. */
export type CandidateStatus =
  { state: 'open' } | { state: 'accepted' } | { state: 'dismissed' } | { state: 'refused'; reasons: string[] };

interface Props {
  draft: CandidateDraft;
  status: CandidateStatus;
  lang: Lang;
  onChange: (d: CandidateDraft) => void;
  onAccept: () => void;
  onDismiss: () => void;
}

const numberOrUndefined = (s: string): number | undefined =>
  s.trim() === '' || Number.isNaN(Number(s)) ? undefined : Number(s);

function VocabSelect<K extends string>(p: {
  label: string;
  value: K;
  vocab: Readonly<Record<K, VocabEntry>>;
  lang: Lang;
  onChange: (k: K) => void;
}) {
  return (
    <label>
      {p.label}{' '}
      <select value={p.value} onChange={(e) => p.onChange(e.target.value as K)}>
        {(Object.keys(p.vocab) as K[]).map((k) => (
          <option key={k} value={k}>
            {p.vocab[k][p.lang] || k}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One proposed claim: its figure, every field a curator would fill, editable, and Accept / Dismiss. */
export function CandidateCard({ draft: d, status, lang, onChange, onAccept, onDismiss }: Props) {
  const set = (patch: Partial<CandidateDraft>) => onChange({ ...d, ...patch });
  const done = status.state === 'accepted' || status.state === 'dismissed';
  const num = (label: string, key: 'value' | 'valueLow' | 'valueHigh' | 'year') => (
    <label>
      {label}{' '}
      <input
        type="number"
        step="any"
        value={d[key] ?? ''}
        onChange={(e) => set({ [key]: numberOrUndefined(e.target.value) })}
        disabled={done}
      />
    </label>
  );
  return (
    <li className={`candidate ${status.state}`} aria-label={`${t('candidateFigure', lang)}: ${d.figure}`}>
      <p className="candidate-figure">
        {t('candidateFigure', lang)}: <b className="figure">{d.figure}</b>
      </p>
      <fieldset disabled={done}>
        <label className="wide">
          {t('candidateLabel', lang)}{' '}
          <input type="text" value={d.label} onChange={(e) => set({ label: e.target.value })} />
        </label>
        {num(t('candidateValue', lang), 'value')}
        {num(t('candidateLow', lang), 'valueLow')}
        {num(t('candidateHigh', lang), 'valueHigh')}
        <VocabSelect
          label={t('candidateUnit', lang)}
          value={d.unit}
          vocab={UNITS}
          lang={lang}
          onChange={(unit) => set({ unit })}
        />
        <VocabSelect
          label={t('candidateQualifier', lang)}
          value={d.qualifier}
          vocab={QUALIFIERS}
          lang="en"
          onChange={(qualifier) => set({ qualifier })}
        />
        <VocabSelect
          label={t('candidateKind', lang)}
          value={d.kind}
          vocab={KINDS}
          lang={lang}
          onChange={(kind) => set({ kind })}
        />
        {num(t('candidateYear', lang), 'year')}
        <VocabSelect
          label={t('candidateMetric', lang)}
          value={d.metric}
          vocab={METRICS}
          lang={lang}
          onChange={(metric) => set({ metric })}
        />
        <VocabSelect
          label={t('candidateTopic', lang)}
          value={d.topic}
          vocab={TOPICS}
          lang={lang}
          onChange={(topic) => set({ topic })}
        />
        <label className="wide">
          {t('candidateSpeaker', lang)}{' '}
          <input type="text" value={d.attributedTo} onChange={(e) => set({ attributedTo: e.target.value })} />
        </label>
      </fieldset>
      <div className="candidate-actions">
        {status.state === 'accepted' && <span className="candidate-done">✓ {t('accepted', lang)}</span>}
        {status.state === 'dismissed' && <span className="candidate-done muted">{t('dismissed', lang)}</span>}
        {!done && (
          <>
            <button type="button" onClick={onAccept}>
              {t('accept', lang)}
            </button>
            <button type="button" onClick={onDismiss}>
              {t('dismiss', lang)}
            </button>
          </>
        )}
      </div>
      {status.state === 'refused' && (
        <p className="candidate-refused" role="alert">
          {t('candidateRejected', lang, { reasons: status.reasons.join('; ') })}
        </p>
      )}
    </li>
  );
}
