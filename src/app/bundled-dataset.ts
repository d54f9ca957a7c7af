import { loadDataset, type Dataset } from '../data/load-dataset';
import claimsCsv from '../../data/claims.csv?raw';
import sourcesCsv from '../../data/sources.csv?raw';

// The dataset ships inside the bundle: the page needs no server beyond static files, and the build
// fails loudly if a file is missing.
const texts = import.meta.glob('../../data/sources/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** Source id → text, from the bundled files. */
function sourceTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(texts)) out[path.replace(/^.*\/(.+)\.txt$/, '$1')] = text;
  return out;
}

/** The curated dataset, parsed and validated once at start-up. */
export function loadBundledDataset(): Dataset {
  return loadDataset({ claimsCsv, sourcesCsv, sourceTexts: sourceTexts() });
}
