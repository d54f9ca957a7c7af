import { useState } from 'react';
import { articleFromFile, pastedArticle } from '../data/article-input';
import { checkUserClaims, isoToday, userSourceId, type UserSource, type UserSourceMeta } from '../data/user-source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { acceptedClaim, toDraft, type CandidateDraft } from '../extract/accept-proposal';
import type { ArticleProposals, ProposedSentence } from '../extract/proposal';
import type { UserSourcesHandle } from '../state/user-sources-store';
import { CandidateCard, type CandidateStatus } from './CandidateCard';
import { KeptSources } from './KeptSources';

interface Props {
  lang: Lang;
  user: UserSourcesHandle;
  /** Reads an article's claims (the proposer, loaded on demand, in a worker for long articles). */
  propose: (text: string, asOf: string) => Promise<ArticleProposals>;
}

/** The article being worked on: its text, what the user said of it, and its candidates. */
interface Draft {
  id: string;
  text: string;
  language: 'zh' | 'en';
  meta: UserSourceMeta;
  addedAt: string;
  sentences: ProposedSentence[];
  candidates: CandidateDraft[];
  statuses: CandidateStatus[];
}

const EMPTY_META: UserSourceMeta = { title: '', outlet: '', author: '', date: '', url: '' };
const META_FIELDS: [keyof UserSourceMeta, Parameters<typeof t>[0], string][] = [
  ['title', 'sourceTitleLabel', 'text'],
  ['outlet', 'sourceOutletLabel', 'text'],
  ['author', 'sourceAuthorLabel', 'text'],
  ['date', 'sourceDateLabel', 'text'],
  ['url', 'sourceUrlLabel', 'url'],
];

/** Add a source: paste or drop an article, find its claims, check and accept them one by one. */
export function AddSourcePanel({ lang, user, propose }: Props) {
  const [text, setText] = useState('');
  const [meta, setMeta] = useState<UserSourceMeta>(EMPTY_META);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState<Draft>();
  const [over, setOver] = useState(false);

  async function readFile(f: File) {
    const r = articleFromFile(f.name, new Uint8Array(await f.arrayBuffer()));
    if (!r.ok) return setMessage({ kind: 'error', text: `${f.name}: ${r.reason}` });
    setText(r.text);
    if (!meta.title) setMeta((m) => ({ ...m, title: f.name.replace(/\.[^.]+$/, '') }));
    setMessage({ kind: 'info', text: [t('fileRead', lang, { file: f.name }), r.note].filter(Boolean).join(' · ') });
  }

  async function findClaims() {
    const input = pastedArticle(text);
    if (!input.ok) return setMessage({ kind: 'error', text: input.reason });
    const id = userSourceId(input.text);
    const kept = user.sources.find((s) => s.id === id);
    const useMeta = kept ? kept.meta : meta;
    setBusy(true);
    setMessage({ kind: 'info', text: t('findingClaims', lang) });
    try {
      const found = await propose(input.text, useMeta.date.trim() || isoToday());
      const candidates = found.proposals.map((p) => toDraft(p, found.language));
      const statuses: CandidateStatus[] = candidates.map((c) =>
        kept?.claims.some((k) => k.quote === c.quote && k.figure === c.figure)
          ? { state: 'accepted' }
          : { state: 'open' },
      );
      setDraft({
        id,
        text: input.text,
        language: found.language,
        meta: useMeta,
        addedAt: kept?.addedAt ?? new Date().toISOString(),
        sentences: found.sentences,
        candidates,
        statuses,
      });
      if (kept) setMessage({ kind: 'info', text: t('sameArticle', lang, { title: kept.meta.title || kept.id }) });
      else if (candidates.length === 0) setMessage({ kind: 'info', text: t('noFigures', lang) });
      else
        setMessage({
          kind: 'info',
          text: [
            t('candidatesFound', lang, { n: candidates.length, s: new Set(candidates.map((c) => c.sentence)).size }),
            input.note,
          ]
            .filter(Boolean)
            .join(' · '),
        });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  const setStatus = (d: Draft, i: number, s: CandidateStatus) =>
    setDraft({ ...d, statuses: d.statuses.map((x, j) => (j === i ? s : x)) });

  async function accept(d: Draft, i: number) {
    const base: UserSource = user.sources.find((s) => s.id === d.id) ?? {
      id: d.id,
      meta: d.meta,
      text: d.text,
      language: d.language,
      textHash: d.id.replace(/^yours-/, ''),
      addedAt: d.addedAt,
      claims: [],
    };
    const n = base.claims.reduce((m, c) => Math.max(m, c.line), 0) + 1;
    const claim = acceptedClaim(d.candidates[i]!, base, n);
    const next = { ...base, claims: [...base.claims, claim] };
    const refused = checkUserClaims(next, [claim]).problems.map((p) =>
      p.column ? `${p.column}: ${p.reason}` : p.reason,
    );
    if (refused.length > 0) return setStatus(d, i, { state: 'refused', reasons: refused });
    setStatus(d, i, { state: 'accepted' });
    const refusal = await user.keep(next);
    if (refusal) setMessage({ kind: 'error', text: t('sessionOnly', lang, { reason: refusal }) });
  }

  return (
    <section className="add-source chart-card" id="add-source" aria-labelledby="add-source-title">
      <h2 id="add-source-title">{t('addSourceTitle', lang)}</h2>
      <p className="card-subtitle">{t('addSourceSubtitle', lang)}</p>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer.files[0];
          if (f) void readFile(f);
        }}
      >
        <label className="article-text">
          {t('articleTextLabel', lang)}
          <textarea value={text} rows={8} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </label>
        <label className="file-pick">
          {t('articleFileLabel', lang)}{' '}
          <input
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void readFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <div className="source-meta">
        {META_FIELDS.map(([key, label, type]) => (
          <label key={key}>
            {t(label, lang)}{' '}
            <input
              type={type}
              value={meta[key]}
              placeholder={key === 'date' ? 'YYYY-MM-DD' : undefined}
              onChange={(e) => setMeta({ ...meta, [key]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <p>
        <button type="button" className="primary" onClick={() => void findClaims()} disabled={busy}>
          {t('findClaims', lang)}
        </button>
      </p>
      <p className={message?.kind === 'error' ? 'status error' : 'status'} role="status">
        {message?.text ?? ''}
      </p>
      {draft && (
        <ol className="candidate-sentences">
          {draft.sentences.map((s, si) => {
            const mine = draft.candidates.map((c, i) => ({ c, i })).filter((x) => x.c.sentence === si);
            if (mine.length === 0) return null;
            return (
              <li key={si} className="candidate-sentence">
                <blockquote lang={draft.language === 'zh' ? 'zh' : 'en'}>{s.text}</blockquote>
                <ul className="candidates">
                  {mine.map(({ c, i }) => (
                    <CandidateCard
                      key={i}
                      draft={c}
                      status={draft.statuses[i]!}
                      lang={lang}
                      onChange={(nd) =>
                        setDraft({
                          ...draft,
                          candidates: draft.candidates.map((x, j) => (j === i ? nd : x)),
                          statuses: draft.statuses.map((x, j) =>
                            j === i && x.state === 'refused' ? { state: 'open' } : x,
                          ),
                        })
                      }
                      onAccept={() => void accept(draft, i)}
                      onDismiss={() => setStatus(draft, i, { state: 'dismissed' })}
                    />
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      <KeptSources lang={lang} user={user} />
    </section>
  );
}
