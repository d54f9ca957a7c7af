import { useEffect, useRef, useState } from 'react';
import type { Span } from '../data/article-text';
import { sentencesCovering, type ArticleTranslation } from '../data/article-translation';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

interface Props {
  translation: ArticleTranslation;
  /** The source file's text: its line breaks become the translation's paragraph breaks. */
  text: string;
  /** The quote's place in the source text: the sentences it falls in are marked. */
  quote: Span;
  lang: Lang;
}

/** How many translated sentences of context the aligned view shows on each side of the marked ones. */
const CONTEXT = 1;

/**
 * The curators' English translation beside the original article: by default the sentences the quote falls
 * in, marked, with a sentence of context either side; with the switch on, the whole translation, scrolled
 * to the same sentences. Rendered as text nodes only.
 */
export function TranslationPane({ translation, text, quote, lang }: Props) {
  const [whole, setWhole] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const marked = new Set(sentencesCovering(translation, quote));
  const all = translation.sentences;
  const first = all.findIndex((s) => marked.has(s));
  const last = all.length - 1 - [...all].reverse().findIndex((s) => marked.has(s));
  const shown = whole || first < 0 ? all : all.slice(Math.max(0, first - CONTEXT), last + CONTEXT + 1);

  useEffect(() => {
    const box = boxRef.current;
    const mark = markRef.current;
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [quote.start, quote.end, whole]);

  return (
    <section className="reader-pane reader-translation" aria-labelledby="reader-translation-title">
      <div className="reader-pane-head">
        <h3 id="reader-translation-title">{t('translationPane', lang)}</h3>
        <label className="switch">
          <input type="checkbox" role="switch" checked={whole} onChange={(e) => setWhole(e.target.checked)} />{' '}
          {t('translationSwitch', lang)}
        </label>
      </div>
      <div className="reader-text" lang="en" tabIndex={0} aria-label={t('translationPane', lang)} ref={boxRef}>
        {shown.map((s, i) => {
          const prev = shown[i - 1];
          const gap = prev && text.slice(prev.end, s.start).includes('\n') ? '\n\n' : i > 0 ? ' ' : '';
          if (!marked.has(s)) {
            return (
              <span key={s.start} className={whole ? undefined : 'context'}>
                {gap}
                {s.english}
              </span>
            );
          }
          const ref = s === all[first] ? markRef : undefined;
          return (
            <span key={s.start}>
              {gap}
              <mark ref={ref}>{s.english}</mark>
            </span>
          );
        })}
      </div>
    </section>
  );
}
