import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installTestHook } from '../components/chart-registry';
import { QUESTIONS } from '../domain/compare/questions';
import { startUrlSync } from '../state/url-sync';
import { App } from './App';
import { loadBundledDataset } from './bundled-dataset';
import './styles.css';

const dataset = loadBundledDataset();
// A deep link to a claim that does not exist opens the default view with a calm notice, not an error.
const linked = new URLSearchParams(window.location.search).get('claim');
const missingClaim = linked && !dataset.claims.some((c) => c.id === linked) ? linked : undefined;
startUrlSync({
  sources: new Set(dataset.sources.map((s) => s.id)),
  claims: new Set(dataset.claims.map((c) => c.id)),
  questions: new Map(QUESTIONS.map((q) => [q.id, q.units])),
});
installTestHook();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App dataset={dataset} missingClaim={missingClaim?.slice(0, 80)} />
  </StrictMode>,
);
