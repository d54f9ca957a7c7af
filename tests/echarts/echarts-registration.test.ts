import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { buildViews } from '../../src/charts/build-views';
import { buildCompareFigure } from '../../src/views/compare-figure';
import { VIEWS } from '../../src/views/views';
import { echarts } from '../../src/echarts/echarts-setup';
import { QUESTIONS } from '../../src/domain/compare/questions';
import { dataset, viewContext } from '../charts/view-context';

// Server-side rendering (SVG, no DOM) runs each option through ECharts itself, which reports anything it
// is asked to draw but has not registered ("… is used but not imported"). This checks the real
// registrations in echarts-setup.ts and echarts-extras.ts, not a list kept beside them.
echarts.use(SVGRenderer);

/** ECharts' complaints about unregistered parts while drawing `option`. */
function missingParts(option: EChartsCoreOption): string[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 600 });
  const silent: string[] = [];
  try {
    chart.setOption({ ...option, animation: false });
    // Marks inside series (markLine, markPoint) are dropped without a word when unregistered: ask the model.
    const model = (chart as unknown as { getModel: () => { getComponent: (t: string) => unknown } }).getModel();
    const series = ([] as Record<string, unknown>[]).concat((option as { series?: never }).series ?? []);
    for (const part of ['markLine', 'markPoint', 'markArea'])
      if (series.some((s) => s[part] != null) && !model.getComponent(part)) silent.push(`${part} not registered`);
  } finally {
    chart.dispose();
  }
  return [...errors.filter((m) => /used but not imported/.test(m)), ...silent];
}

let errors: string[] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const ctx = viewContext();
const compareOptions = QUESTIONS.flatMap((q) =>
  q.units.map((unit) => [`${q.id}/${unit}`, buildCompareFigure(q, dataset.claims, unit, ctx).result.option] as const),
);

describe('ECharts registrations', () => {
  // First, before the extras are imported: what ships with the page must draw the first chart.
  it('draw every comparison with the eager part alone (its tooltip, added later, left out as the page does)', () => {
    for (const [id, option] of compareOptions) {
      const { tooltip: _tooltip, ...drawn } = option as Record<string, unknown>;
      void _tooltip;
      expect(missingParts(drawn), id).toEqual([]);
    }
  });

  it('notice a missing part (the check itself works)', () => {
    expect(missingParts({ xAxis: {}, yAxis: {}, series: [{ type: 'line', data: [1, 2] }] }).length).toBeGreaterThan(0);
  });

  it('draw every view and comparison once the on-demand part is loaded', async () => {
    await import('../../src/echarts/echarts-extras');
    const views = buildViews(VIEWS, dataset.claims, ctx).map((b) => {
      if (b.result instanceof Error) throw b.result;
      return [b.spec.id, b.result.option] as const;
    });
    for (const [id, option] of [...views, ...compareOptions]) expect(missingParts(option), id).toEqual([]);
  });
});
