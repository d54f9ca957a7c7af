import { renderToString } from 'react-dom/server';
import { PrerenderContext } from '../components/prerendered';
import { DatasetVersionContext } from '../components/dataset-version';
import type { Dataset } from '../data/load-dataset';
import { optionToSvg } from '../echarts/ssr-svg';
import { App } from './App';
import { pictureDrawer } from './picture-drawer';
import TableOfContents from './TableOfContents';
import ViewsAndTable from './ViewsAndTable';

/**
 * The dashboard in its default state as HTML, for the build (scripts/prerender.ts): the same components
 * the page renders, every part at once, each chart as a picture ECharts' server-side renderer draws of the
 * very option the page will draw first (`drawn` lists them; `files` are the pictures written beside the
 * page). The language is the store's starting one: the build sets the browser language the store reads.
 */
export function renderDashboard(dataset: Dataset, lang: string) {
  const { drawer, files, drawn } = pictureDrawer(lang, optionToSvg);
  const html = renderToString(
    <PrerenderContext value={{ drawer }}>
      <DatasetVersionContext value={dataset.version}>
        <App dataset={dataset} loaded={{ ViewsAndTable, TableOfContents }} />
      </DatasetVersionContext>
    </PrerenderContext>,
  );
  return { html, files, drawn };
}
