import { missingColumns, readCsvTable } from './csv-table';
import { readPartialDate } from './field-parsers';
import type { Problem } from './problem';
import { SOURCE_COLUMNS, type Source } from './source';

/** Sources read from sources.csv, with a problem per bad row. */
export interface ParsedSources {
  sources: Source[];
  problems: Problem[];
}

const REQUIRED = ['id', 'title', 'outlet', 'published', 'article_start', 'article_end'] as const;

/** Reads sources.csv text; never throws. */
export function parseSourcesCsv(text: string, file = 'sources.csv'): ParsedSources {
  const table = readCsvTable(text, file);
  const problems: Problem[] = [...table.problems, ...missingColumns(table, SOURCE_COLUMNS, file)];
  const sources: Source[] = [];
  for (const { line, fields } of table.records) {
    const f = (k: string) => (fields[k] ?? '').trim();
    const rowProblems: Problem[] = REQUIRED.filter((k) => f(k) === '').map((column) => ({
      file,
      line,
      column,
      reason: 'required field is empty',
    }));
    const published = readPartialDate(f('published'));
    if (!published.ok) rowProblems.push({ file, line, column: 'published', reason: published.reason });
    if (!['true', 'false', ''].includes(f('date_inferred'))) {
      rowProblems.push({ file, line, column: 'date_inferred', reason: `"${f('date_inferred')}" is not true or false` });
    }
    if (f('id') !== '' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(f('id'))) {
      rowProblems.push({ file, line, column: 'id', reason: `"${f('id')}" is not kebab-case` });
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    sources.push({
      id: f('id'),
      shortZh: f('short_zh') || f('id'),
      shortEn: f('short_en') || f('id'),
      title: f('title'),
      titleEn: f('title_en'),
      outlet: f('outlet'),
      author: f('author'),
      url: f('url'),
      published: f('published'),
      dateInferred: f('date_inferred') === 'true',
      language: f('language') || 'zh',
      articleStart: fields['article_start'] ?? '',
      articleEnd: fields['article_end'] ?? '',
      quoted: f('quoted'),
      readings: f('readings'),
      notes: f('notes'),
      line,
    });
  }
  const seen = new Map<string, number>();
  for (const s of sources) {
    const first = seen.get(s.id);
    if (first !== undefined) problems.push({ file, line: s.line, column: 'id', reason: `duplicate id "${s.id}" (first on line ${first})` });
    else seen.set(s.id, s.line);
  }
  return { sources, problems };
}
