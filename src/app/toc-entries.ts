import type { ViewSpec } from '../charts/view-types';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/** One link of the table of contents: the id of the element it jumps to, and its words. */
export interface TocEntry {
  target: string;
  label: string;
}

/** A heading of the table of contents and its links. */
export interface TocGroup {
  heading: string;
  entries: TocEntry[];
}

/** The id of a view's card on the dashboard (ChartCard writes it). */
export const viewTarget = (viewId: string): string => `view-${viewId}`;

/**
 * The dashboard's table of contents, in page order: the comparison and one link per view card (the views
 * are the topics), then the reader's own data, then the audit and the table.
 */
export function tocGroups(views: readonly Pick<ViewSpec, 'id' | 'title'>[], lang: Lang): TocGroup[] {
  return [
    {
      heading: t('tocCharts', lang),
      entries: [
        { target: 'compare', label: t('tocCompare', lang) },
        ...views.map((v) => ({ target: viewTarget(v.id), label: v.title[lang] })),
      ],
    },
    {
      heading: t('tocYourData', lang),
      entries: [
        { target: 'add-source', label: t('tocAddSource', lang) },
        { target: 'import', label: t('tocImport', lang) },
      ],
    },
    {
      heading: t('tocChecks', lang),
      entries: [
        { target: 'audit', label: t('tocAudit', lang) },
        { target: 'claims-table-title', label: t('tocTable', lang) },
      ],
    },
  ];
}

/**
 * The section the reader is in. The current one stays current while it still crosses the reading band near
 * the top of the window (two cards side by side cross it together: the one jumped to stays marked);
 * otherwise the first, in page order, of those crossing it; where none does (the gap between two cards),
 * the one they were in.
 */
export function currentSection(
  order: readonly string[],
  inBand: ReadonlySet<string>,
  previous: string | undefined,
): string | undefined {
  if (previous !== undefined && inBand.has(previous)) return previous;
  return order.find((id) => inBand.has(id)) ?? previous;
}
