import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { DatasetFiles } from '../src/data/load-dataset';

/** Reads claims.csv, sources.csv, sources/*.txt, translations, names and the claim id history from a data folder (the CLIs' only I/O). */
export function readDatasetFiles(dir: string, claimsPath = join(dir, 'claims.csv')): DatasetFiles {
  const sourceDir = join(dir, 'sources');
  const sourceTexts: Record<string, string> = {};
  if (existsSync(sourceDir)) {
    for (const f of readdirSync(sourceDir).filter((n) => n.endsWith('.txt'))) {
      sourceTexts[basename(f, '.txt')] = readFileSync(join(sourceDir, f), 'utf8');
    }
  }
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');
  const translationDir = join(dir, 'translations');
  const translationCsvs: Record<string, string> = {};
  if (existsSync(translationDir)) {
    for (const f of readdirSync(translationDir).filter((n) => n.endsWith('.csv'))) {
      translationCsvs[basename(f, '.csv')] = readFileSync(join(translationDir, f), 'utf8');
    }
  }
  // The id history belongs to data/claims.csv: another claims file (`--claims`) is checked without it.
  const historyFiles = [join(dir, 'claim-ids.txt'), join(dir, 'claim-renames.csv')];
  const withHistory = claimsPath === join(dir, 'claims.csv') && historyFiles.some((p) => existsSync(p));
  return {
    claimsCsv: read(claimsPath),
    sourcesCsv: read(join(dir, 'sources.csv')),
    sourceTexts,
    claimsFile: relative(process.cwd(), claimsPath) || claimsPath,
    sourcesFile: relative(process.cwd(), join(dir, 'sources.csv')),
    english: { translationCsvs, namesCsv: read(join(dir, 'names.csv')) },
    ...(withHistory && {
      history: {
        publishedIds: read(historyFiles[0]!),
        renamesCsv: read(historyFiles[1]!),
        idsFile: relative(process.cwd(), historyFiles[0]!),
        renamesFile: relative(process.cwd(), historyFiles[1]!),
      },
    }),
  };
}

/** Value of a `--name value` argument. */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
