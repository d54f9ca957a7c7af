import { renderToString } from 'react-dom/server';
import { PrerenderContext, type PictureDrawer } from '../components/prerendered';
import { DatasetVersionContext } from '../components/dataset-version';
import type { Dataset } from '../data/load-dataset';
import { App } from './App';
import TableOfContents from './TableOfContents';
import ViewsAndTable from './ViewsAndTable';

export { optionToSvg } from '../echarts/ssr-svg';

/**
 * The dashboard in its default state as HTML, for the build (scripts/prerender.ts): the same components
 * the page renders, every part at once, each chart as the picture `drawer` makes of the very option the
 * page will draw. The language is the store's starting one (the build sets the browser language it reads).
 */
export function renderDashboard(dataset: Dataset, drawer: PictureDrawer): string {
  return renderToString(
    <PrerenderContext value={{ drawer, complete: true }}>
      <DatasetVersionContext value={dataset.version}>
        <App dataset={dataset} loaded={{ ViewsAndTable, TableOfContents }} />
      </DatasetVersionContext>
    </PrerenderContext>,
  );
}
