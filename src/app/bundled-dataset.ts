import { decodeDataset, type DatasetJson } from '../data/dataset-json';
import type { Dataset } from '../data/load-dataset';
import datasetUrl from 'virtual:validated-dataset';

// The dataset ships as files beside the bundle, not inside the JavaScript: the claims and sources as JSON
// the build checked with the validator (scripts/vite-dataset-plugin.ts), the articles as their own text
// files, byte for byte. The page preloads them all, in parallel with the code; Vite fingerprints them, so a
// new dataset never hits a stale cache.
const sourceUrls = import.meta.glob('../../data/sources/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

async function fetched(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return res;
}

/** Fetches the checked dataset and the article texts. */
export async function loadBundledDataset(): Promise<Dataset> {
  const [json, ...texts] = await Promise.all([
    fetched(datasetUrl).then((r) => r.json() as Promise<DatasetJson>),
    ...Object.values(sourceUrls).map((u) => fetched(u).then((r) => r.text())),
  ]);
  const ids = Object.keys(sourceUrls).map((p) => p.replace(/^.*\/(.+)\.txt$/, '$1'));
  return decodeDataset(json, new Map(ids.map((id, i) => [id, texts[i]!])));
}
