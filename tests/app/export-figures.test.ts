import { describe, expect, it } from 'vitest';
import { exportFigures } from '../../src/app/export-figures';
import { VIEW_IDS } from '../../src/charts/view-types';
import { dataset, viewContext } from '../charts/view-context';

describe('exportFigures()', () => {
  it('lists the comparison on screen first, then every view, each with the claims it draws', () => {
    const figures = exportFigures(dataset.claims, viewContext(), { question: 'compute-growth', unit: 'x_per_year' });
    expect(figures.map((f) => f.viewId)).toEqual(['compare-compute-growth', ...VIEW_IDS]);
    expect(figures[0]!.subtitle).toMatch(/per year/);
    for (const f of figures) expect(f.claims.length, f.viewId).toBeGreaterThan(0);
    // Options are built only when a figure is rendered, and light even when the page is dark.
    const dark = exportFigures(dataset.claims, viewContext({ dark: true }), { question: 'compute-growth' });
    expect(JSON.stringify(dark[1]!.buildLightOption())).toBe(JSON.stringify(figures[1]!.buildLightOption()));
  });

  it('leaves the comparison out when pinned claims are compared (they export from their own panel)', () => {
    const figures = exportFigures(dataset.claims, viewContext(), { question: 'pinned' });
    expect(figures.map((f) => f.viewId)).toEqual([...VIEW_IDS]);
  });

  it('follows the filters: a view with no claim left is still listed with none', () => {
    const few = dataset.claims.filter((c) => c.topic === 'liquid_cooling');
    const figures = exportFigures(few, viewContext(), { question: 'compute-growth' });
    expect(figures.find((f) => f.viewId === 'liquid-cooling')!.claims.length).toBeGreaterThan(0);
    expect(figures.find((f) => f.viewId === 'market-size')!.claims).toEqual([]);
  });
});
