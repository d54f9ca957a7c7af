import type { DatasetFiles } from './dataset-files';
import { sha256Hex } from './sha256';

/** How many hex digits of the digest name a version: more than git's seven, so two never collide in practice. */
export const VERSION_DIGITS = 10;

/**
 * The curated files a version covers, as `path → text`, with the paths they have under data/: claims.csv,
 * sources.csv, sources/<id>.txt, translations/<id>.csv and names.csv.
 */
export function versionedFiles(files: DatasetFiles): Map<string, string> {
  const out = new Map<string, string>([
    ['claims.csv', files.claimsCsv],
    ['sources.csv', files.sourcesCsv],
  ]);
  for (const [id, text] of Object.entries(files.sourceTexts)) out.set(`sources/${id}.txt`, text);
  for (const [id, text] of Object.entries(files.english?.translationCsvs ?? {})) out.set(`translations/${id}.csv`, text);
  if (files.english) out.set('names.csv', files.english.namesCsv);
  return out;
}

/**
 * The dataset's version: the first ten hex digits of the SHA-256 of its curated files, taken in path order,
 * each as its path, its length and its text (so moving text from one file to another changes the version).
 * Line ends count as LF: a Windows checkout (CRLF) of the same commit names the same version.
 */
export function datasetVersion(files: DatasetFiles): string {
  const parts = [...versionedFiles(files)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, text]) => {
      const lf = text.replace(/\r\n/g, '\n');
      return `${path}\n${lf.length}\n${lf}\n`;
    });
  return sha256Hex(parts.join('')).slice(0, VERSION_DIGITS);
}
