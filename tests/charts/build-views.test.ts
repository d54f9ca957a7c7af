import { describe, expect, it } from 'vitest';
import { buildViews, notChartedReasons } from '../../src/charts/build-views';
import { VIEWS } from '../../src/views/views';
import { dataset, viewContext } from './view-context';

describe('the views together, on the real data', () => {
  const built = buildViews(VIEWS, dataset.claims, viewContext());

  it('build without errors', () => {
    for (const b of built) expect(b.result, b.spec.id).not.toBeInstanceOf(Error);
  });

  it('account for every claim: drawn by at least one view, or not charted with a reason', () => {
    const shown = new Set(built.flatMap((b) => (b.result instanceof Error ? [] : b.result.shown)));
    const reasons = notChartedReasons(built);
    for (const c of dataset.claims) expect(shown.has(c.id) || reasons.has(c.id), c.id).toBe(true);
    // Most claims are charted; the few that are not each carry their reason to the table.
    expect(shown.size).toBeGreaterThanOrEqual(dataset.claims.length - 5);
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
