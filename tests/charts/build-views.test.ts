import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { buildViews, notChartedReasons } from '../../src/charts/build-views';
import type { ViewContext } from '../../src/charts/view-types';
import { VIEWS } from '../../src/charts/views';
import { loadDataset } from '../../src/data/load-dataset';

const d = loadDataset(readDatasetFiles('data'));
const ctx: ViewContext = {
  lang: 'en',
  sources: new Map(d.sources.map((s) => [s.id, s])),
  logScale: true,
  dark: false,
  flagged: new Set(),
};

describe('the views together, on the real data', () => {
  const built = buildViews(VIEWS, d.claims, ctx);

  it('build without errors', () => {
    for (const b of built) expect(b.result, b.spec.id).not.toBeInstanceOf(Error);
  });

  it('account for every claim: drawn by at least one view, or not charted with a reason', () => {
    const shown = new Set(built.flatMap((b) => (b.result instanceof Error ? [] : b.result.shown)));
    const reasons = notChartedReasons(built);
    for (const c of d.claims) expect(shown.has(c.id) || reasons.has(c.id), c.id).toBe(true);
    // Most claims are charted; the few that are not each carry their reason to the table.
    expect(shown.size).toBeGreaterThanOrEqual(d.claims.length - 5);
    for (const r of reasons.values()) expect(r.length).toBeGreaterThan(10);
  });

  it('every drawn claim id is a real claim of that view', () => {
    for (const b of built) {
      if (b.result instanceof Error) continue;
      const ids = new Set(b.claims.map((c) => c.id));
      for (const id of b.result.shown) expect(ids.has(id), `${b.spec.id}: ${id}`).toBe(true);
    }
  });
});
