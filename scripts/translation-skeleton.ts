/**
 * npm run translation-skeleton — writes data/translations/<id>.csv for every source: one row per sentence
 * of the article body (`original`, verbatim) with its `english`. Translations already written are kept for
 * sentences whose original is unchanged, so after an article's body markers move only the new sentences
 * are left blank for a curator to translate; `npm run validate` then reports each blank one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { articleSpan } from '../src/data/article-text';
import { readCsvTable } from '../src/data/csv-table';
import { loadDataset } from '../src/data/load-dataset';
import { splitSentences } from '../src/domain/coverage';
import { readDatasetFiles } from './read-dataset-files';

const dataset = loadDataset(readDatasetFiles('data'));
mkdirSync('data/translations', { recursive: true });
for (const source of dataset.sources) {
  const text = dataset.sourceTexts.get(source.id);
  const span = text === undefined ? undefined : articleSpan(text, source);
  if (!text || !span) continue;
  const file = `data/translations/${source.id}.csv`;
  const known = new Map<string, string>();
  if (existsSync(file)) {
    for (const r of readCsvTable(readFileSync(file, 'utf8'), file).records) {
      if (r.fields['english']) known.set(r.fields['original'] ?? '', r.fields['english']);
    }
  }
  const rows = splitSentences(text, span).map((s) => ({ original: s.text, english: known.get(s.text) ?? '' }));
  writeFileSync(file, Papa.unparse(rows, { columns: ['original', 'english'], newline: '\n' }) + '\n');
  const blank = rows.filter((r) => r.english === '').length;
  console.log(`${file}: ${rows.length} sentences, ${blank} without a translation`);
}
