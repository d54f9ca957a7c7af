import type { Claim } from './claim';
import type { Dataset } from './load-dataset';
import type { Problem } from './problem';
import type { Source } from './source';
import { validateClaims, type QuoteOffsets } from './validate-claims';

/** What the user typed about an article they added (all optional but the text). */
export interface UserSourceMeta {
  title: string;
  outlet: string;
  author: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown. */
  date: string;
  url: string;
}

/**
 * An article the user added in the browser, with the claims they accepted from it. Kept in IndexedDB;
 * its claims are ordinary claims of an ordinary source, checked by the same validator as the curated ones.
 */
export interface UserSource {
  id: string;
  meta: UserSourceMeta;
  /** The article text as pasted (HTML already reduced to text): the quotes are checked against it. */
  text: string;
  language: 'zh' | 'en';
  /** Content hash of the text: the same article pasted twice is recognised. */
  textHash: string;
  addedAt: string;
  claims: Claim[];
}

/** 32-bit FNV-1a of a text, as 8 hex digits: enough to tell articles apart in one browser. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id a pasted article gets: kebab-case, marked as the user's, stable for the same text. */
export const userSourceId = (text: string): string => `yours-${textHash(text)}`;

/** Today as YYYY-MM-DD (the date a claim was recorded when the user gave none). */
export const isoToday = (d = new Date()): string => d.toISOString().slice(0, 10);

/** The Source row of a user's article: its whole text is the body; undated articles say the date is inferred. */
export function userSourceToSource(u: Pick<UserSource, 'id' | 'meta' | 'text' | 'language' | 'addedAt'>): Source {
  const title = u.meta.title.trim() || u.text.trim().split('\n')[0]!.slice(0, 60);
  const body = u.text.trim();
  return {
    id: u.id,
    shortZh: title.slice(0, 24),
    shortEn: title.slice(0, 40),
    title,
    titleEn: u.language === 'en' ? title : '',
    // The outlet is a required column of sources.csv; "(…)" tells the footnotes to cite the title instead.
    outlet: u.meta.outlet.trim() || '(not named)',
    author: u.meta.author.trim(),
    url: u.meta.url.trim(),
    published: u.meta.date.trim() || u.addedAt.slice(0, 10),
    dateInferred: u.meta.date.trim() === '',
    language: u.language,
    articleStart: body.slice(0, Math.min(16, body.length)),
    articleEnd: body.slice(Math.max(0, body.length - 16)),
    quoted: '',
    readings: '',
    notes: 'Added by the user in this browser ("Add a source"); not part of the curated dataset.',
    userOwned: true,
    line: 0,
  };
}

/** The claims of a user's article checked by the curated rules: the valid ones with their quote offsets. */
export function checkUserClaims(
  u: UserSource,
  claims: readonly Claim[] = u.claims,
): { valid: Claim[]; offsets: Map<string, QuoteOffsets>; problems: Problem[] } {
  const source = userSourceToSource(u);
  const { problems, offsets } = validateClaims(claims, {
    file: source.title,
    sources: new Map([[source.id, source]]),
    texts: new Map([[source.id, u.text]]),
  });
  const bad = new Set(problems.map((p) => p.line));
  return { valid: claims.filter((c) => !bad.has(c.line)), offsets, problems };
}

/**
 * The dataset with the user's articles joined: their sources, texts, checked claims and quote offsets, so
 * every view, the table, the comparison, the audit, the reader and the downloads treat them like the rest.
 */
export function withUserSources(d: Dataset, users: readonly UserSource[]): Dataset {
  if (users.length === 0) return d;
  const claims = [...d.claims];
  const sources = [...d.sources];
  const texts = new Map(d.sourceTexts);
  const offsets = new Map(d.offsets);
  for (const u of users) {
    const checked = checkUserClaims(u);
    sources.push(userSourceToSource(u));
    texts.set(u.id, u.text);
    claims.push(...checked.valid);
    for (const [id, o] of checked.offsets) offsets.set(id, o);
  }
  return { ...d, claims, sources, sourceTexts: texts, offsets };
}
