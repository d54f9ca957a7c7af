import type { Span } from '../data/article-text';
import type { Claim } from '../data/claim';
import { translatedFigures } from '../data/check-translation';
import type { Source } from '../data/source';
import { ERROR_FLAGS, type Flag, type Kind } from '../data/vocabulary';
import type { Lang } from './format-number';
import { speakerName } from './compare/speaker-name';

/** A date as the data holds it (YYYY-MM-DD, YYYY-MM or YYYY) and whether it was inferred, not printed. */
export interface CitedDate {
  date: string;
  inferred: boolean;
}

/** Text in both of the UI's languages. */
export type Bilingual = Record<Lang, string>;

/**
 * Everything a reader needs to check one claim, built once per claim: the verbatim quote and its figure,
 * the curators' translation and its figure, the source and outlet, who said it in both languages, when,
 * what kind of statement it is and what the curators flagged. Every medium formats this, never the raw
 * claim, so a tooltip, the reader, the table and the exports cannot tell different stories.
 */
export interface Provenance {
  claimId: string;
  /** The verbatim original sentence (the truth) and the figure inside it. */
  quote: string;
  figure: string;
  /** The dataset curators' translation (empty when there is none, e.g. an imported claim). */
  quoteEn: string;
  /** Where the translation states the figure. */
  figureEnSpans: Span[];
  label: Bilingual;
  source?: {
    id: string;
    short: Bilingual;
    title: Bilingual;
    outlet: Bilingual;
    author: Bilingual;
    url: string;
    published: CitedDate;
  };
  /** Who said it, as written in the data and in English (data/names.csv). */
  speaker: Bilingual;
  /** The speaker short enough for a sentence ("Tian Feng", "AI Now Institute via Tian Feng"). */
  speakerShort: Bilingual;
  /** When the claim was made; inferred when it is the source's own inferred date. */
  said: CitedDate;
  kind: Kind;
  flags: Flag[];
  /** The most serious of the flags: error (the source is wrong), warning (doubtful), or none. */
  flagSeverity?: 'error' | 'warning';
  note: string;
  /** Set for a user's own claims: the file they came from. */
  userFile?: string;
}

/** Whether the curators flagged a claim's figure (a red ring on the chart, a badge in the table). */
export const isFlagged = (c: Pick<Claim, 'flags'>): boolean => c.flags.length > 0;

const bilingual = (zh: string, en: string): Bilingual => ({ zh, en: en || zh });

const cache = new WeakMap<Claim, { source: Source | undefined; p: Provenance }>();

/** The provenance of a claim (built once per claim and source, then reused). */
export function provenanceOf(c: Claim, source: Source | undefined): Provenance {
  const hit = cache.get(c);
  if (hit && hit.source === source) return hit.p;
  const p = buildProvenance(c, source);
  cache.set(c, { source, p });
  return p;
}

/** Builds the provenance of a claim from the claim and its source. */
export function buildProvenance(c: Claim, source: Source | undefined): Provenance {
  const flagSeverity = c.flags.some((f) => ERROR_FLAGS.has(f)) ? 'error' : c.flags.length > 0 ? 'warning' : undefined;
  const speakerEn = c.attributedToEn ?? c.attributedTo;
  const published = source ? { date: source.published, inferred: source.dateInferred } : undefined;
  return {
    claimId: c.id,
    quote: c.quote,
    figure: c.figure,
    quoteEn: c.quoteEn,
    figureEnSpans: translatedFigures(c).map(({ start, end }) => ({ start, end })),
    label: bilingual(c.labelZh, c.labelEn),
    source:
      source && published
        ? {
            id: source.id,
            short: bilingual(source.shortZh, source.shortEn),
            title: bilingual(source.title, source.titleEn),
            outlet: bilingual(source.outlet, source.outletEn ?? source.outlet),
            author: bilingual(source.author, source.authorEn ?? source.author),
            url: source.url,
            published,
          }
        : undefined,
    speaker: bilingual(c.attributedTo, speakerEn),
    speakerShort: {
      zh: speakerName(c, source, 'zh'),
      en: speakerName(c, source, 'en'),
    },
    said: { date: c.asOf, inferred: !!published && published.inferred && c.asOf === published.date },
    kind: c.kind,
    flags: c.flags,
    flagSeverity,
    note: c.note,
    userFile: c.userData?.file,
  };
}
