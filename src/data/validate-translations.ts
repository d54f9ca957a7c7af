import { articleSpan } from './article-text';
import { parseArticleTranslation, translationFile, type ArticleTranslation } from './article-translation';
import type { Claim } from './claim';
import { translationProblems } from './check-translation';
import { NAMES_FILE, needsEnglishName, parseNames } from './names';
import type { Problem } from './problem';
import type { Source } from './source';

/** The curated dataset's English side, as read from data/translations/ and data/names.csv. */
export interface TranslationFiles {
  /** Source id → text of data/translations/<id>.csv. */
  translationCsvs: Record<string, string>;
  namesCsv: string;
}

/** The checked English side of a dataset. */
export interface CheckedTranslations {
  translations: Map<string, ArticleTranslation>;
  names: Map<string, string>;
  /** Problems by claims.csv line (those rows are dropped like any invalid row), and the rest. */
  claimProblems: Problem[];
  otherProblems: Problem[];
}

/**
 * The translation rules of the curated dataset: every article body is translated sentence by sentence
 * and the alignment covers it; every claim has an English translation that states its figure; every name
 * written in Chinese has its English form.
 */
export function validateTranslations(
  claims: readonly Claim[],
  sources: readonly Source[],
  texts: ReadonlyMap<string, string>,
  files: TranslationFiles,
  claimsFile: string,
  /** claims.csv lines that already have a problem: their translation is checked for presence only. */
  linesWithProblems: ReadonlySet<number> = new Set(),
): CheckedTranslations {
  const otherProblems: Problem[] = [];
  const translations = new Map<string, ArticleTranslation>();
  // An article written in English is its own translation: only the others need one.
  const english = new Set(sources.filter((s) => s.language === 'en').map((s) => s.id));
  for (const s of sources) {
    if (english.has(s.id)) continue;
    const text = texts.get(s.id);
    const body = text === undefined ? undefined : articleSpan(text, s);
    if (!text || !body) continue; // reported by the source rules
    const file = translationFile(s.id);
    const csv = files.translationCsvs[s.id];
    if (csv === undefined) {
      otherProblems.push({ file, line: 0, reason: `no translation of the article ${s.id} (run npm run translation-skeleton, then translate)` });
      continue;
    }
    const r = parseArticleTranslation(csv, file, s.id, text, body);
    translations.set(s.id, r.translation);
    otherProblems.push(...r.problems);
  }
  for (const id of Object.keys(files.translationCsvs)) {
    if (!sources.some((s) => s.id === id)) {
      otherProblems.push({ file: translationFile(id), line: 0, reason: `translation of an unknown source "${id}"` });
    }
  }

  const parsedNames = parseNames(files.namesCsv);
  otherProblems.push(...parsedNames.problems);
  const claimProblems: Problem[] = [];
  for (const c of claims) {
    if (english.has(c.sourceId) && c.quoteEn.trim() === '') continue;
    // A row whose figure is already wrong gets one reason at a time: the translation is read back once it is right.
    const problems = c.quoteEn.trim() === '' || !linesWithProblems.has(c.line) ? translationProblems(c) : [];
    for (const [column, reason] of problems) claimProblems.push({ file: claimsFile, line: c.line, column, reason });
    if (needsEnglishName(c.attributedTo)) {
      if (!parsedNames.names.has(c.attributedTo)) {
        claimProblems.push({ file: claimsFile, line: c.line, column: 'attributed_to', reason: `"${c.attributedTo}" has no English form in ${NAMES_FILE}` });
      }
    }
  }
  for (const s of sources) {
    for (const [column, name] of [['author', s.author], ['outlet', s.outlet]] as const) {
      if (!needsEnglishName(name)) continue;
      if (!parsedNames.names.has(name)) {
        otherProblems.push({ file: 'data/sources.csv', line: s.line, column, reason: `"${name}" has no English form in ${NAMES_FILE}` });
      }
    }
  }
  return { translations, names: parsedNames.names, claimProblems, otherProblems };
}
