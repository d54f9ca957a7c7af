import { describe, expect, it } from 'vitest';
import { buildViews } from '../../src/charts/build-views';
import { buildCompareFigure } from '../../src/views/compare-figure';
import {
  EAGER_COMPONENTS,
  EAGER_SERIES,
  EXTRA_COMPONENTS,
  EXTRA_SERIES,
  extrasNeed,
  usedByOption,
} from '../../src/echarts/echarts-needs';
import { VIEWS } from '../../src/views/views';
import { QUESTIONS } from '../../src/domain/compare/questions';
import { dataset, viewContext } from '../charts/view-context';

const contexts = [viewContext(), viewContext({ lang: 'zh', logScale: false, dark: true })];
const viewOptions = contexts.flatMap((ctx) =>
  buildViews(VIEWS, dataset.claims, ctx).map((b) => {
    if (b.result instanceof Error) throw b.result;
    return { id: b.spec.id, option: b.result.option };
  }),
);
const compareOptions = contexts.flatMap((ctx) =>
  QUESTIONS.flatMap((q) =>
    q.units.map((unit) => ({
      id: `compare-${q.id}-${unit}`,
      option: buildCompareFigure(q, dataset.claims, unit, ctx).result.option,
    })),
  ),
);

describe('the ECharts modules the charts use', () => {
  it('are all registered, eagerly or on demand: no view draws a series or component ECharts would drop', () => {
    const series = new Set<string>([...EAGER_SERIES, ...EXTRA_SERIES]);
    const components = new Set<string>([...EAGER_COMPONENTS, ...EXTRA_COMPONENTS]);
    for (const { id, option } of [...viewOptions, ...compareOptions]) {
      const used = usedByOption(option);
      for (const s of used.series) expect(series, `${id} uses series "${s}"`).toContain(s);
      for (const c of used.components) expect(components, `${id} uses component "${c}"`).toContain(c);
    }
  });

  it('let the comparison (the first chart on the page) be drawn without the on-demand part', () => {
    // It has a tooltip, which it gains when the extras arrive; nothing it draws waits for them.
    for (const { id, option } of compareOptions) expect(extrasNeed(option), id).toBe('enhance');
  });

  it('wait for the on-demand part to draw lines, bars, markers and the zoom bar', () => {
    const needing = new Set(viewOptions.filter((v) => extrasNeed(v.option) === 'draw').map((v) => v.id));
    // compute-growth draws Moore's-law lines and mark lines; the timeline has the zoom bar; the model mix is a bar.
    for (const id of ['compute-growth', 'timeline', 'model-landscape', 'liquid-cooling']) expect(needing).toContain(id);
    expect(extrasNeed({ series: [{ type: 'scatter', markPoint: { data: [] } }] })).toBe('draw');
    expect(extrasNeed({ series: [{ type: 'scatter' }], grid: {}, tooltip: {} })).toBe('enhance');
    expect(extrasNeed({ series: [{ type: 'scatter' }], grid: {} })).toBe('none');
  });
});
