import { describe, expect, it } from 'vitest';
import { liquidCoolingView } from '../../src/views/liquid-cooling';
import { buildSlide, slideSize } from '../../src/export/slide';
import { claimsOf, dataset, viewContext } from '../charts/view-context';

describe('buildSlide()', () => {
  it('lays a view out as its exported figure at the screen size: title, unit, chart, numbered footnotes', () => {
    const slide = buildSlide(liquidCoolingView, dataset.claims, viewContext({ dark: true }), {
      width: 1440,
      height: 860,
    });
    expect(slide.meta.title).toBe('Liquid-cooled servers');
    expect(slide.claims.map((c) => c.id).sort()).toEqual(
      claimsOf(liquidCoolingView)
        .map((c) => c.id)
        .sort(),
    );
    expect(slide.meta.footnotes.map((f) => f.marker)).toEqual(['①']);
    expect(slide.layout).toMatchObject({ width: 1440, height: 860 });
    expect(slide.layout!.chart.height).toBeGreaterThan(430);
    // Slides are light, as exports are, whatever the page's theme.
    expect(JSON.stringify(slide.option)).toEqual(
      JSON.stringify(buildSlide(liquidCoolingView, dataset.claims, viewContext(), { width: 1440, height: 860 }).option),
    );
  });

  it('names the dataset version in its footer and numbers every claim mark with its footnote, as an export does', () => {
    const slide = buildSlide(
      liquidCoolingView,
      dataset.claims,
      viewContext(),
      { width: 1440, height: 860 },
      undefined,
      'abc1234',
    );
    expect(slide.meta.datasetLine).toContain('abc1234');
    const markers = JSON.stringify(slide.option).match(/①/g) ?? [];
    expect(markers.length).toBe(slide.claims.length);
  });

  it('has no footnotes and no claims when the filters leave the view empty', () => {
    const slide = buildSlide(liquidCoolingView, [], viewContext({ lang: 'zh' }), { width: 390, height: 800 });
    expect(slide.claims).toEqual([]);
    expect(slide.meta.footnotes).toEqual([]);
    expect(slide.meta.title).toBe('液冷服务器市场');
  });

  it('keeps sizes within what the export layout accepts', () => {
    expect(slideSize(120.4, 9000)).toEqual({ width: 200, height: 4000 });
  });
});
