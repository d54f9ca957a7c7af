// The app itself, imported by main.tsx once the page has painted (see there).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTooltip } from '../echarts/echarts-setup';
import { installTestHook } from '../echarts/chart-registry';
import { DatasetVersionContext } from '../components/dataset-version';
import { QUESTIONS } from '../domain/compare/questions';
import { redirectRenamedClaims } from '../state/claim-link';
import { VIEW_IDS } from '../charts/view-types';
import { formatUrlState, missingViewOf } from '../state/url-state';
import { urlStateOf, useAppStore } from '../state/store';
import { PrerenderContext, type PrerenderMode } from '../components/prerendered';
import { buildParts, harvestPictures, prerenderedPage } from './prerender-takeover';
import { showsPrerender } from './prerender-dom';
import { isDark } from './use-media-query';
import { startUrlSync } from '../state/url-sync';
import { App } from './App';
import { loadBundledDataset } from './bundled-dataset';
import { replayEarlyInput } from './early-input';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);
installTestHook();
// A page that opens on the build's pictures needs no first draw in a hurry: what it waits for is its charts
// answering the pointer, so the tooltip's code (all the first chart needs of ECharts' on-demand part) is
// fetched at once, beside the dataset, not when idle.
const extras = showsPrerender(rootEl) ? loadTooltip().catch(() => undefined) : undefined;

loadBundledDataset().then(
  async (dataset) => {
    const defaults = urlStateOf(useAppStore.getState());
    // A link made before a claim was renamed opens it under its new id, and says so.
    const link = redirectRenamedClaims(window.location.search, dataset.renames ?? new Map());
    if (link.search !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${link.search}${window.location.hash}`);
    // A deep link to a claim that does not exist opens the default view with a calm notice, not an error.
    const linked = new URLSearchParams(link.search).get('claim');
    const missingClaim = linked && !dataset.claims.some((c) => c.id === linked) ? linked : undefined;
    // So does a link to a view that does not exist (`?view=nope`).
    const views = new Set<string>(VIEW_IDS);
    const missingView = missingViewOf(window.location.search, views);
    startUrlSync({
      sources: new Set(dataset.sources.map((s) => s.id)),
      claims: new Set(dataset.claims.map((c) => c.id)),
      questions: new Map(QUESTIONS.map((q) => [q.id, q.units])),
      views,
    });
    // The build's page in this language (scripts/prerender.ts) is taken over in place when the page opened
    // as the build drew it: the first render then shows everything at once, each chart under its picture.
    const state = useAppStore.getState();
    const page = prerenderedPage(rootEl, state.lang, {
      defaultState:
        !missingClaim &&
        !link.renamed &&
        !missingView &&
        formatUrlState(urlStateOf(state), defaults) === `?lang=${state.lang}`,
      dark: isDark(state.theme, window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false),
    });
    if (page) await extras; // the charts then draw once, with their tooltips
    const mode: PrerenderMode = page ? { pictures: harvestPictures(page), parts: buildParts(page) } : {};
    root.render(
      <StrictMode>
        <PrerenderContext value={mode}>
          {/* The version every citation and export names: the curated data's, whatever the user adds. */}
          <DatasetVersionContext value={dataset.version}>
            <App
              dataset={dataset}
              missingClaim={missingClaim?.slice(0, 80)}
              renamedClaim={link.renamed}
              missingView={missingView}
            />
          </DatasetVersionContext>
        </PrerenderContext>
      </StrictMode>,
    );
    // What the reader clicked on the build's page before now (before-app.ts) is done again on the app's.
    const early = window.__earlyInput;
    if (early) void appStands(rootEl).then((app) => replayEarlyInput(early.splice(0), app));
  },
  (err: unknown) => {
    rootEl.textContent = '';
    const p = document.createElement('p');
    p.className = 'load-error';
    p.setAttribute('role', 'alert');
    p.textContent = `The dataset could not be loaded (数据加载失败): ${err instanceof Error ? err.message : String(err)}`;
    rootEl.append(p);
  },
);

/** Resolves with the app's page once React has committed it in place of the build's. */
function appStands(root: HTMLElement): Promise<Element> {
  const app = () => (root.querySelector(':scope > .prerendered') ? null : root.querySelector(':scope > .app'));
  return new Promise((resolve) => {
    const now = app();
    if (now) return resolve(now);
    const watch = new MutationObserver(() => {
      const found = app();
      if (!found) return;
      watch.disconnect();
      resolve(found);
    });
    watch.observe(root, { childList: true });
  });
}
