import { useEffect, useMemo, useRef } from 'react';
import { articleSpan } from '../data/article-text';
import type { Claim } from '../data/claim';
import { parseReadings, type Source } from '../data/source';
import { KINDS } from '../data/vocabulary';
import { hasSourceError } from '../charts/tooltip';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { quoteSelector, textFragmentUrl, type QuoteSelector } from '../domain/quote-selector';
import type { Finding } from '../domain/audit/finding';
import { FindingItem } from './AuditPanel';

interface Props {
  claim: Claim;
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

  return (
    <aside className="reader" aria-labelledby="reader-title" data-claim-id={claim.id}>
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
          <p>{lang === 'zh' ? claim.labelZh : claim.labelEn}</p>
          <p className="muted">
            {t('saidBy', lang)}: {claim.attributedTo} · {KINDS[claim.kind][lang]} · {claim.asOf}
            {claim.year !== undefined ? ` → ${claim.year}` : ''}
          </p>
          {claim.note && (
            <p className={hasSourceError(claim) ? 'reader-note flag' : 'reader-note'}>
              {hasSourceError(claim) ? '⚠ ' : ''}
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
        <div className="reader-text" lang="zh" tabIndex={0} aria-label={t('articleText', lang)} ref={textRef}>
          {article.text.slice(article.span.start, article.offsets.start)}
          <mark ref={markRef}>{article.text.slice(article.offsets.start, article.offsets.end)}</mark>
          {article.text.slice(article.offsets.end, article.span.end)}
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
      <p className="muted">
        {source.outlet}
        {source.author ? ` · ${source.author}` : ''} · {source.published}
        {source.dateInferred ? t('inferredDate', lang) : ''}
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
