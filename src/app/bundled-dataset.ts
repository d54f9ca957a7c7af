import { loadDataset, type Dataset } from '../data/load-dataset';
import claimsUrl from '../../data/claims.csv?url';
import sourcesUrl from '../../data/sources.csv?url';

// The dataset ships as static files beside the bundle, not inside the JavaScript: ~110 kB of text
// that would otherwise count against the first-load JS budget, and that the browser can fetch in
// parallel with the code. Vite fingerprints the files, so a new dataset never hits a stale cache.
const sourceUrls = import.meta.glob('../../data/sources/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return res.text();
}

/** Fetches the curated dataset and validates it once at start-up. */
export async function loadBundledDataset(): Promise<Dataset> {
  const [claimsCsv, sourcesCsv, ...texts] = await Promise.all([
    text(claimsUrl),
    text(sourcesUrl),
    ...Object.values(sourceUrls).map(text),
  ]);
  const ids = Object.keys(sourceUrls).map((p) => p.replace(/^.*\/(.+)\.txt$/, '$1'));
  return loadDataset({
    claimsCsv: claimsCsv!,
    sourcesCsv: sourcesCsv!,
    sourceTexts: Object.fromEntries(ids.map((id, i) => [id, texts[i]!])),
  });
}
