import type { Claim } from '../data/claim';
import { QuoteWithTranslation } from './QuoteWithTranslation';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import { citedDate, footnotesFor } from '../export/footnotes';

interface Props {
  /** The view's claims. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  onSelectClaim: (id: string) => void;
}

/**
 * A view's sources, numbered as its footnotes are: each source's title, outlet and date, then the verbatim
 * sentence of every claim of this view it holds (in English, the curators' translation above it, labelled).
 */
export function ViewSources({ claims, sources, lang, onSelectClaim }: Props) {
  const notes = footnotesFor(claims, sources, lang);
  return (
    <section className="view-sources chart-card" aria-labelledby="view-sources-title">
      <h2 id="view-sources-title">{t('pageSourcesTitle', lang)}</h2>
      {notes.length === 0 && <p className="muted">{t('pageSourcesNone', lang)}</p>}
      <ol className="view-source-list">
        {notes.map((n) => {
          const s = sources.get(n.sourceId);
          const mine = claims.filter((c) => c.sourceId === n.sourceId);
          const title = s ? (lang === 'en' && s.titleEn ? s.titleEn : s.title) : n.sourceId;
          return (
            <li key={n.sourceId} data-source-id={n.sourceId}>
              <h3>
                <span className="marker" aria-hidden="true">
                  {n.marker}{' '}
                </span>
                {title}
              </h3>
              {s && (
                <p className="muted">
                  {lang === 'en' ? (s.outletEn ?? s.outlet) : s.outlet} ·{' '}
                  {t('pageSourcePublished', lang, { date: citedDate(s, lang) })}
                  {s.url && (
                    <>
                      {' · '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {t('pageSourceLink', lang)}
                      </a>
                    </>
                  )}
                </p>
              )}
              <ul className="view-quotes">
                {mine.map((c) => {
                  const p = provenanceOf(c, s);
                  return (
                    <li key={c.id} data-claim-id={c.id}>
                      <button type="button" className="link" onClick={() => onSelectClaim(c.id)}>
                        {p.label[lang]}
                      </button>
                      <QuoteWithTranslation provenance={p} lang={lang} />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
