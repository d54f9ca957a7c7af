import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { formatClaimValue, type Lang } from './format-number';
import { t } from './messages';
import { provenanceOf, type Provenance } from './provenance';
import {
  flagTexts,
  kindText,
  originalLabel,
  saidOnText,
  showsTranslation,
  sourceLine,
  speakerText,
  translationLabel,
} from './provenance-format';

/** Sentences joined as the language joins them (a space in English, nothing in Chinese). */
export const joinSentences = (sentences: readonly string[], lang: Lang): string =>
  sentences.reduce((all, next) => (all ? t('sentenceJoin', lang, { first: all, next }) : next), '');

/**
 * What the live region says when a chart's point gets keyboard focus: where it is among the chart's points,
 * the label, the value and kind, who said it and where, the curators' flags, then the quote in the reader's
 * language (in English the curators' translation, labelled as theirs; in Chinese, or with no translation,
 * the verbatim original). The same provenance pieces as the tooltip, as plain text.
 */
export function pointAnnouncement(c: Claim, p: Provenance, lang: Lang, position: { i: number; n: number }): string {
  // As the tooltip cites it: the source and date, or the source id of a claim whose source is unknown.
  const where = [p.source ? sourceLine(p, lang) : c.sourceId, saidOnText(p, lang)].filter(Boolean).join(' · ');
  const english = showsTranslation(p, lang);
  return joinSentences(
    [
      t('chartPointPosition', lang, position),
      t('chartPointValue', lang, { label: p.label[lang], value: formatClaimValue(c, lang), kind: kindText(p, lang) }),
      t('chartPointSaid', lang, { speaker: speakerText(p, lang), source: where }),
      ...flagTexts(p, lang).map((flag) => t('chartPointFlag', lang, { flag })),
      t('chartPointQuote', lang, {
        label: english ? translationLabel(lang) : originalLabel(lang),
        quote: english ? p.quoteEn : p.quote,
      }),
    ],
    lang,
  );
}

/** The announcer of a chart's points: a claim id and its place → what the live region says ('' if unknown). */
export function announcerFor(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): (claimId: string, position: { i: number; n: number }) => string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return (claimId, position) => {
    const c = byId.get(claimId);
    return c ? pointAnnouncement(c, provenanceOf(c, sources.get(c.sourceId)), lang, position) : '';
  };
}
