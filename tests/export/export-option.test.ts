import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../../src/charts/base-option';
import { VIEWS } from '../../src/views/views';
import type { ViewContext } from '../../src/charts/view-types';
import { LIGHT_BACKGROUND, toExportOption } from '../../src/export/export-option';
import { dataset, sources } from './dataset';

const light: ViewContext = { lang: 'zh', sources, logScale: true, dark: false, flagged: new Set() };

describe('toExportOption()', () => {
  const timeline = VIEWS.find((v) => v.id === 'timeline')!;
  const option = timeline.build(dataset.claims.filter(timeline.select), light).option;
  const out = toExportOption(option, { transparent: false });

  it('turns animation off, for the chart and each series', () => {
    expect(out.animation).toBe(false);
    for (const s of out.series as { animation?: boolean }[]) expect(s.animation).toBe(false);
  });
  it('draws no tooltip and no zoom slider, but keeps the zoom window', () => {
    expect(out.tooltip).toEqual({ show: false });
    const zooms = out.dataZoom as { type: string; show?: boolean }[];
    expect(zooms.find((z) => z.type === 'slider')?.show).toBe(false);
    expect(zooms.filter((z) => z.type === 'inside')).toHaveLength(2);
  });
  it('sets the CJK font and a white or transparent background', () => {
    expect((out.textStyle as { fontFamily: string }).fontFamily).toBe(FONT_FAMILY);
    expect(out.backgroundColor).toBe(LIGHT_BACKGROUND);
    expect(toExportOption(option, { transparent: true }).backgroundColor).toBe('transparent');
  });
  it('leaves the option it was given untouched', () => {
    expect(option.animation).toBeUndefined();
    expect(option.tooltip).not.toEqual({ show: false });
  });
  it('works for every view', () => {
    for (const v of VIEWS) {
      const built = v.build(dataset.claims.filter(v.select), light).option;
      expect(toExportOption(built, { transparent: false }).animation, v.id).toBe(false);
    }
  });
});
