import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/** The ids of a chart's description and keyboard help, for the chart's aria-describedby. */
export const chartAboutIds = (chartId: string): string => `about-${chartId} keys-${chartId}`;

/**
 * "About this chart", under the chart: its generated description and how to use it from the keyboard.
 * Closed, it still describes the chart to screen readers (aria-describedby reads hidden text).
 */
export function ChartAbout({ chartId, description, lang }: { chartId: string; description: string; lang: Lang }) {
  return (
    <details className="chart-about">
      <summary>{t('chartAbout', lang)}</summary>
      <p id={`about-${chartId}`}>{description}</p>
      <p id={`keys-${chartId}`} className="muted">
        {t('chartKeys', lang)}
      </p>
    </details>
  );
}
