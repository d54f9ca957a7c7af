import { buildViews } from '../charts/build-views';
import { buildCompareFigure, questionById, unitFor } from '../views/compare-figure';
import { shownOf, type ViewContext } from '../charts/view-types';
import { VIEWS } from '../views/views';
import type { Claim } from '../data/claim';
import { COMMON_UNIT_NAMES } from '../domain/compare/format-common';
import type { ExportView } from '../export/render-all';

/**
 * Every figure the export bar writes, in page order: the comparison on screen (pinned sets export from
 * their own panel), then each view that built. Loaded with `import()` when an export starts, so the view
 * builders are not part of the first load. Options are built lazily, light-themed: slides are light.
 */
export function exportFigures(
  filtered: readonly Claim[],
  ctx: ViewContext,
  compare: { question: string; unit?: string },
): ExportView[] {
  const { lang } = ctx;
  const light = { ...ctx, dark: false };
  const views = buildViews(VIEWS, filtered, ctx).flatMap(({ spec, claims, result }) =>
    result instanceof Error
      ? []
      : [
          {
            viewId: spec.id,
            title: spec.title[lang],
            subtitle: spec.subtitle[lang],
            buildLightOption: () => spec.build(claims, light).option,
            claims: shownOf(claims, result.shown),
          },
        ],
  );
  if (compare.question === 'pinned') return views;
  const q = questionById(compare.question);
  const unit = unitFor(q, compare.unit);
  const fig = buildCompareFigure(q, filtered, unit, ctx);
  const cmp: ExportView = {
    viewId: `compare-${q.id}`,
    title: q.title[lang],
    subtitle: COMMON_UNIT_NAMES[unit][lang],
    buildLightOption: () => buildCompareFigure(q, filtered, unit, light).result.option,
    claims: shownOf(fig.claims, fig.result.shown),
  };
  return [cmp, ...views];
}
