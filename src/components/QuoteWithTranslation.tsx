import type { Lang } from '../domain/format-number';
import type { Provenance } from '../domain/provenance';
import {
  originalLabel,
  quoteSegments,
  showsTranslation,
  translationLabel,
  translationSegments,
} from '../domain/provenance-format';
import { Segments } from './Segments';

/**
 * A claim's verbatim quote with its figure marked, and in English above it the curators' translation,
 * labelled as theirs: the lists of quotes on a view's page and on a slide.
 */
export function QuoteWithTranslation({ provenance: p, lang }: { provenance: Provenance; lang: Lang }) {
  return (
    <>
      {showsTranslation(p, lang) && (
        <>
          <p className="quote-label">{translationLabel(lang)}</p>
          <blockquote lang="en" className="quote-en">
            <Segments segments={translationSegments(p)} />
          </blockquote>
          <p className="quote-label">{originalLabel(lang)}</p>
        </>
      )}
      <blockquote lang="zh" className="quote-original">
        <Segments segments={quoteSegments(p)} />
      </blockquote>
    </>
  );
}
