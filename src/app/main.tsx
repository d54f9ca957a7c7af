import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installTestHook } from '../components/chart-registry';
import { VIEW_IDS } from '../charts/view-types';
import { QUESTIONS } from '../domain/compare/questions';
import { missingViewOf } from '../state/url-state';
import { startUrlSync } from '../state/url-sync';
import { App } from './App';
import { loadBundledDataset } from './bundled-dataset';
import './styles.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);
installTestHook();

loadBundledDataset().then(
  (dataset) => {
    // A deep link to a claim that does not exist opens the default view with a calm notice, not an error.
    const linked = new URLSearchParams(window.location.search).get('claim');
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
    root.render(
      <StrictMode>
        <App dataset={dataset} missingClaim={missingClaim?.slice(0, 80)} missingView={missingView} />
      </StrictMode>,
    );
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
