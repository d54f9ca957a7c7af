import type { Claim } from '../../data/claim';
import type { Source } from '../../data/source';
import type { Lang } from '../format-number';

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** "沈向洋 (Harry Shum), citing …" → head 沈向洋, gloss Harry Shum. */
function parts(s: string): { head: string; gloss?: string } {
  const m = /^([^(]*?)\s*\(([^)]*)\)/.exec(s);
  return m ? { head: m[1]!.trim(), gloss: m[2]!.trim() } : { head: s.trim() };
}

// Book and report titles (《…》) make a name too long for a sentence; keep them only if nothing else is left.
const dropTitles = (s: string) => s.replace(/《[^》]*》/g, '').trim() || s;

/** The part of "name (gloss)" written in the reader's script: 沈向洋 for zh, Harry Shum for en. */
function inScript(s: string, lang: Lang): string {
  const { head, gloss } = parts(s);
  const pick =
    lang === 'en'
      ? !CJK.test(head) || !gloss || CJK.test(gloss)
        ? head
        : gloss
      : CJK.test(head) || !gloss || LATIN.test(gloss)
        ? head
        : gloss;
  // "赛迪顾问 CCID": with no gloss, a name written in both scripts keeps the reader's words.
  const own = (
    lang === 'en' ? pick.replace(/[\u3400-\u9fff]+/g, '') : pick.replace(/[A-Za-z][A-Za-z .&'-]*/g, '')
  ).trim();
  return dropTitles(!gloss && own && CJK.test(pick) && LATIN.test(pick) ? own : pick);
}

/**
 * Who said a claim, short enough for a sentence: the speaker in the reader's script, the source's name when
 * the speaker is the article or its author, and "X via author" when an authored piece relays X's figure.
 */
export function speakerName(c: Pick<Claim, 'attributedTo' | 'attributedToEn'>, s: Source | undefined, lang: Lang): string {
  // In English, a name listed in data/names.csv is said in its English form; the rules below still compare
  // the names as written in the data.
  const name = inScript(lang === 'en' ? (c.attributedToEn ?? c.attributedTo) : c.attributedTo, lang);
  if (!s) return name;
  const sourceName = lang === 'zh' ? s.shortZh : s.shortEn;
  const author = parts(s.author).head;
  const speaker = parts(c.attributedTo).head;
  if (/^the article/i.test(c.attributedTo)) return sourceName;
  const authorEn = s.authorEn ? parts(s.authorEn).head.replace(/,.*$/, '') : parts(s.shortEn).head;
  if (author && speaker === author) return lang === 'zh' ? author : authorEn;
  // A source named after its author (田丰·十大趋势) is that author's own piece: others' figures come via them.
  if (author && s.shortZh.includes(author)) {
    if (lang === 'zh') return `${author}转引${name}`;
    return /\bvia\b/.test(name) ? name : `${name} via ${authorEn}`;
  }
  return name;
}
