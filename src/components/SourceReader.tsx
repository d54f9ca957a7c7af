import { useEffect, useMemo, useRef } from 'react';
import { articleSpan } from '../data/article-text';
import type { ArticleTranslation } from '../data/article-translation';
import type { Claim } from '../data/claim';
import { parseReadings, type Source } from '../data/source';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import type { Provenance } from '../domain/provenance';
import {
  citedDateText,
  flagTexts,
  kindText,
  originalLabel,
  quoteSegments,
  showsTranslation,
  speakerText,
  translationLabel,
  translationSegments,
} from '../domain/provenance-format';
import { Segments } from './Segments';
import { TranslationPane } from './TranslationPane';
import { quoteSelector, textFragmentUrl, type QuoteSelector } from '../domain/quote-selector';
import type { Finding } from '../domain/audit/finding';
import { FindingItem } from './AuditPanel';

interface Props {
  claim: Claim;
  /** The claim's provenance, as every medium shows it. */
  provenance: Provenance;
  /** The article aligned with the curators' translation (shown in the English UI). */
  translation?: ArticleTranslation;
  /** Missing for a user's own claim without a source article. */
  source?: Source;
  text?: string;
  offsets?: { start: number; end: number };
  /** Set for imported claims: says whose data it is. */
  yourData?: string;
  lang: Lang;
  onClose: () => void;
  /** Audit findings involving this claim. */
  findings?: readonly Finding[];
  claims?: ReadonlyMap<string, Claim>;
  onSelectClaim?: (id: string) => void;
  pinned?: boolean;
  onTogglePin?: (id: string) => void;
}

/**
 * The source reader: the whole article body with the quoted sentence in <mark>, scrolled into view, beside
 * what we know of the source and of the claim. All text is rendered as text nodes.
 */
export function SourceReader({
  claim,
  provenance: p,
  translation,
  source,
  text,
  offsets,
  yourData,
  lang,
  onClose,
  findings = [],
  claims,
  onSelectClaim,
  pinned = false,
  onTogglePin,
}: Props) {
  const markRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The article part exists only for claims with a source text (a user's own claims may have none).
  const article = useMemo(() => {
    if (!source || text === undefined || !offsets) return undefined;
    const span = articleSpan(text, source) ?? { start: 0, end: text.length };
    return { source, text, offsets, span, selector: quoteSelector(text, offsets.start, offsets.end) };
  }, [source, text, offsets]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    // Scroll the article box, not the page, so the charts the reader was looking at stay where they were.
    const box = textRef.current;
    const mark = markRef.current;
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3); // the box is the offsetParent
  }, [claim.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const translated = showsTranslation(p, lang);
  const flags = flagTexts(p, lang);
  const withTranslation = lang === 'en' && !!translation && !!article;
  return (
    <aside
      className={withTranslation ? 'reader with-translation' : 'reader'}
      aria-labelledby="reader-title"
      data-claim-id={claim.id}
    >
      <div className="reader-head">
        <h2 id="reader-title" tabIndex={-1} ref={headingRef}>
          {t('readerTitle', lang)}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('closeReader', lang)}>
          ✕
        </button>
      </div>
      <div className="reader-meta">
        <section className="reader-claim">
          {yourData && <p className="badge-yours">{yourData}</p>}
          <p className="reader-value">{formatClaimValue(claim, lang)}</p>
          <p>{p.label[lang]}</p>
          <p className="muted">
            {t('saidBy', lang)}: {speakerText(p, lang)} · {kindText(p, lang)} · {citedDateText(p.said, lang)}
            {claim.year !== undefined ? ` → ${claim.year}` : ''}
          </p>
          {flags.length > 0 && (
            <ul className="reader-flags">
              {flags.map((f) => (
                <li key={f} className="flag">
                  ⚠ {f}
                </li>
              ))}
            </ul>
          )}
          {translated && (
            <div className="reader-quotes">
              <p className="quote-label">{translationLabel(lang)}</p>
              <blockquote lang="en" className="quote-en">
                <Segments segments={translationSegments(p)} />
              </blockquote>
              <p className="quote-label">{originalLabel(lang)}</p>
              <blockquote lang="zh">
                <Segments segments={quoteSegments(p)} />
              </blockquote>
            </div>
          )}
          {claim.note && (
            <p className={flags.length > 0 ? 'reader-note flag' : 'reader-note'}>
              {t('note', lang)}: {claim.note}
            </p>
          )}
          {findings.length > 0 && claims && onSelectClaim && (
            <details className="reader-findings" open>
              <summary>
                {t('findingsForClaim', lang)} ({findings.length})
              </summary>
              <ul className="findings">
                {findings.map((f) => (
                  <FindingItem key={f.id} f={f} claims={claims} lang={lang} onSelectClaim={onSelectClaim} />
                ))}
              </ul>
            </details>
          )}
          {onTogglePin && (
            <button type="button" className="pin" aria-pressed={pinned} onClick={() => onTogglePin(claim.id)}>
              {pinned ? `📌 ${t('unpin', lang)}` : `＋ ${t('pin', lang)}`}
            </button>
          )}
          <p className="muted reader-id">
            {t('claimId', lang)}: <code>{claim.id}</code>
          </p>
        </section>
        {article ? (
          <SourceDetails source={article.source} claim={claim} selector={article.selector} lang={lang} />
        ) : (
          <div className="reader-yours" data-testid="your-data">
            <p className="muted">{t('yourDataNoSource', lang)}</p>
            <blockquote lang="zh">{claim.quote}</blockquote>
          </div>
        )}
      </div>
      {article && (
        <div className="reader-panes">
          <section className="reader-pane" aria-labelledby={withTranslation ? 'reader-original-title' : undefined}>
            {withTranslation && <h3 id="reader-original-title">{t('originalPane', lang)}</h3>}
            <div className="reader-text" lang="zh" tabIndex={0} aria-label={t('articleText', lang)} ref={textRef}>
              {article.text.slice(article.span.start, article.offsets.start)}
              <mark ref={markRef}>{article.text.slice(article.offsets.start, article.offsets.end)}</mark>
              {article.text.slice(article.offsets.end, article.span.end)}
            </div>
          </section>
          {withTranslation && translation && (
            <TranslationPane translation={translation} text={article.text} quote={article.offsets} lang={lang} />
          )}
        </div>
      )}
    </aside>
  );
}

/** What we know of the source: title, outlet, date, link to the original at the sentence, notes, readings, selector. */
function SourceDetails({
  source,
  claim,
  selector,
  lang,
}: {
  source: Source;
  claim: Claim;
  selector: QuoteSelector;
  lang: Lang;
}) {
  const original = source.url ? textFragmentUrl(source.url, claim.quote) : undefined;
  const readings = parseReadings(source.readings);
  return (
    <section className="reader-source">
      <h3 lang="zh">{source.title}</h3>
      {lang === 'en' && source.titleEn && <p className="reader-title-en">{source.titleEn}</p>}
      <p className="muted">
        {lang === 'en' ? (source.outletEn ?? source.outlet) : source.outlet}
        {source.author ? ` · ${lang === 'en' ? (source.authorEn ?? source.author) : source.author}` : ''} ·{' '}
        {citedDateText({ date: source.published, inferred: source.dateInferred }, lang)}
      </p>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noopener noreferrer">
            {t('openOriginal', lang)}
          </a>
        </p>
      )}
      {source.notes && (
        <details>
          <summary>{t('sourceNotes', lang)}</summary>
          <p className="reader-source-notes">{source.notes}</p>
        </details>
      )}
      {readings.length > 0 && (
        <details>
          <summary>{t('readings', lang)}</summary>
          <ul className="readings" lang="zh">
            {readings.map((r) => (
              <li key={r.garbled}>
                {r.garbled} → {r.correct}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>{t('quoteSelector', lang)}</summary>
        <pre className="selector">{JSON.stringify(selector, null, 2)}</pre>
      </details>
    </section>
  );
}
