import Papa from 'papaparse';
import { CLAIM_COLUMNS } from '../data/claim';
import { SOURCE_COLUMNS } from '../data/source';
import { userSourceToSource, type UserSource } from '../data/user-source';
import { numberText } from './data-export';
import type { ArchiveFile } from './zip-export';

/** `value_low` → `valueLow`: the field a column is read into. */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join(';');
  if (typeof v === 'number') return numberText(v);
  return String(v);
}

const csv = (columns: readonly string[], rows: readonly Record<string, unknown>[]) =>
  `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[fieldOf(c)]))) }, { newline: '\n' })}\n`;

/**
 * A user's article as files for the curated dataset: `sources/<id>.txt` (the text as kept), a sources.csv
 * and a claims.csv holding its rows under the dataset's headers. Appending the rows to data/sources.csv and
 * data/claims.csv and copying the text into data/sources/ is all `npm run validate` needs (an article in
 * Chinese also needs its translation, which the validator then lists sentence by sentence).
 */
export function sourceBundleFiles(u: UserSource): ArchiveFile[] {
  const source = userSourceToSource(u);
  const sourceRow = { ...source, dateInferred: source.dateInferred ? 'true' : 'false', shortZh: source.shortZh, shortEn: source.shortEn };
  const claims = u.claims.map((c) => ({ ...c, userData: undefined }));
  return [
    { name: `sources/${u.id}.txt`, data: u.text },
    { name: 'sources.csv', data: csv(SOURCE_COLUMNS, [sourceRow]) },
    { name: 'claims.csv', data: csv(CLAIM_COLUMNS.map((c) => c.name), claims) },
    {
      name: 'README.txt',
      data: [
        `${source.title} (${u.id}): ${u.claims.length} claims accepted in the dashboard.`,
        '',
        `1. Copy sources/${u.id}.txt into data/sources/.`,
        '2. Append the data row of sources.csv to data/sources.csv and the data rows of claims.csv to data/claims.csv.',
        '3. Run npm run validate (and npm run translation-skeleton for an article in Chinese, then translate it).',
        '',
      ].join('\n'),
    },
  ];
}
