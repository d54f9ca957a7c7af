import { missingColumns, readCsvTable } from './csv-table';
import type { Problem } from './problem';

/** Name as written in the data (attributed_to, author, outlet) → its English form, from data/names.csv. */
export type EnglishNames = ReadonlyMap<string, string>;

/** Where the English forms of names live. */
export const NAMES_FILE = 'data/names.csv';

const CJK = /[\u3400-\u9fff]/;

/** Whether a name needs an English form: it has Chinese characters. */
export const needsEnglishName = (name: string): boolean => CJK.test(name);

/** Reads data/names.csv (`name,name_en`). Never throws; a bad row is reported and skipped. */
export function parseNames(csv: string, file = NAMES_FILE): { names: Map<string, string>; lines: Map<string, number>; problems: Problem[] } {
  const table = readCsvTable(csv, file);
  const problems: Problem[] = [...table.problems, ...missingColumns(table, ['name', 'name_en'], file)];
  const names = new Map<string, string>();
  const lines = new Map<string, number>();
  for (const { line, fields } of table.records) {
    const name = (fields['name'] ?? '').trim();
    const en = (fields['name_en'] ?? '').trim();
    if (name === '') {
      problems.push({ file, line, column: 'name', reason: 'name is empty' });
      continue;
    }
    if (en === '') problems.push({ file, line, column: 'name_en', reason: 'name has no English form' });
    else if (!/^[A-Za-z0-9"'(]/.test(en)) problems.push({ file, line, column: 'name_en', reason: `"${en}" does not begin in English` });
    if (names.has(name)) problems.push({ file, line, column: 'name', reason: `"${name}" is listed twice` });
    names.set(name, en);
    lines.set(name, line);
  }
  return { names, lines, problems };
}

/** The name in English: its listed English form, the name itself when it is already English. */
export function englishName(name: string, names: EnglishNames): string {
  return names.get(name.trim()) ?? name;
}
