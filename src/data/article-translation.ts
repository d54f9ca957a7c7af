import type { Span } from './article-text';
import { missingColumns, readCsvTable } from './csv-table';
import type { Problem } from './problem';

/** One sentence of an article body with the curators' English translation of it. */
export interface TranslatedSentence extends Span {
  /** The verbatim original sentence (text[start, end)). */
  original: string;
  /** The dataset curators' English translation (not the outlet's words). */
  english: string;
  /** Line of data/translations/<id>.csv the row starts on. */
  line: number;
}

/** A whole article body, sentence by sentence, aligned with its translation. */
export interface ArticleTranslation {
  sourceId: string;
  sentences: TranslatedSentence[];
}

/** Columns of data/translations/<id>.csv, in file order. */
export const TRANSLATION_COLUMNS = ['original', 'english'] as const;

/** Where a source's translation file lives, relative to the project. */
export const translationFile = (sourceId: string): string => `data/translations/${sourceId}.csv`;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

function skipSpace(text: string, at: number, end: number): number {
  while (at < end && isSpace(text[at])) at++;
  return at;
}

const excerpt = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/**
 * Reads a translation file and aligns it with the article body: the `original` cells, in order, must tile
 * the body, leaving only whitespace between them. Every gap, every sentence that does not continue the
 * article and every empty translation is a problem; rows that do align are kept (bad input loses nothing).
 */
export function parseArticleTranslation(
  csv: string,
  file: string,
  sourceId: string,
  text: string,
  body: Span,
): { translation: ArticleTranslation; problems: Problem[] } {
  const table = readCsvTable(csv, file);
  const problems: Problem[] = [...table.problems, ...missingColumns(table, TRANSLATION_COLUMNS, file)];
  const sentences: TranslatedSentence[] = [];
  let at = skipSpace(text, body.start, body.end);
  let lastLine = 1;
  for (const { line, fields } of table.records) {
    lastLine = line;
    const original = fields['original'] ?? '';
    const english = (fields['english'] ?? '').trim();
    if (original.trim() === '') {
      problems.push({ file, line, column: 'original', reason: 'original sentence is empty' });
      continue;
    }
    let start = text.startsWith(original, at) ? at : -1;
    if (start < 0) {
      const found = text.indexOf(original, at);
      if (found < 0 || found + original.length > body.end) {
        problems.push({
          file,
          line,
          column: 'original',
          reason: `"${excerpt(original)}" is not the article's next sentence and is not found after it (the article continues "${excerpt(text.slice(at, at + 40))}")`,
        });
        continue;
      }
      problems.push({
        file,
        line,
        column: 'original',
        reason: `the article text before this sentence is not translated: "${excerpt(text.slice(at, found).trim())}"`,
      });
      start = found;
    }
    if (english === '') problems.push({ file, line, column: 'english', reason: 'sentence has no translation' });
    const end = start + original.length;
    sentences.push({ start, end, original, english, line });
    at = skipSpace(text, end, body.end);
  }
  if (at < body.end && table.header.length > 0) {
    problems.push({
      file,
      line: lastLine,
      reason: `the alignment stops before the end of the article body: "${excerpt(text.slice(at, body.end).trim())}" (${body.end - at} characters) has no translation`,
    });
  }
  return { translation: { sourceId, sentences }, problems };
}

/** The translated sentences a span of the source text falls in (a quote may run over several). */
export function sentencesCovering(t: ArticleTranslation, span: Span): TranslatedSentence[] {
  return t.sentences.filter((s) => s.start < span.end && s.end > span.start);
}
