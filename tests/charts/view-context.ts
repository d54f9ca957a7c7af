import { readDatasetFiles } from '../../scripts/read-dataset-files';
import type { ViewContext } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { loadDataset } from '../../src/data/load-dataset';

/** The real dataset, loaded from data/ as the CLIs load it: the view tests assert on real claims. */
export const dataset = loadDataset(readDatasetFiles('data'));

/** What a view builder is given by default: English, log scale, light theme, nothing flagged. */
export const viewContext = (over: Partial<ViewContext> = {}): ViewContext => ({
  lang: 'en',
  sources: new Map(dataset.sources.map((s) => [s.id, s])),
  logScale: true,
  dark: false,
  flagged: new Set(),
  ...over,
});

/** The real claims a view (or a compare question) selects. */
export const claimsOf = (view: { select: (c: Claim) => boolean }): Claim[] => dataset.claims.filter(view.select);

/** A real claim by id; a test naming a claim the data no longer has fails here, by name. */
export function claimById(id: string): Claim {
  const claim = dataset.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id} in data/claims.csv`);
  return claim;
}
