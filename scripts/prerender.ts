/**
 * Runs after `vite build`: writes the dashboard's default state into dist/index.html, in Chinese and in
 * English, drawn by the page's own components (src/app/prerender-page.tsx) with every chart as an SVG
 * picture from ECharts' server-side renderer. The page is then a whole document before any script runs
 * (and with scripts off); the app takes it over in place (src/app/main.tsx). `--out <dir>` (default dist).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer } from 'vite';
import { decodeDataset } from '../src/data/dataset-json';
import type { Dataset } from '../src/data/load-dataset';
import { datasetJson } from './dataset-json-text';
import { pageWithPrerender } from './prerender/page-html';
import { readDatasetFiles } from './read-dataset-files';

/** src/app/prerender-page.tsx, as loaded through Vite (scripts do not import the app's code). */
interface PageModule {
  renderDashboard: (dataset: Dataset, lang: string) => { html: string; files: Map<string, string>; drawn: unknown[] };
}
const LANGS = ['zh', 'en'] as const;

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1]! : 'dist';
const started = performance.now();

const files = readDatasetFiles('data');
const dataset = decodeDataset(datasetJson('data'), new Map(Object.entries(files.sourceTexts)));

const vite = await createServer({
  configFile: 'vite.config.ts',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
  logLevel: 'warn',
});
const pages: Record<string, string> = {};
let pictures = 0;
try {
  for (const lang of LANGS) {
    // The store starts in the browser's language; the page is rendered once per language, each time
    // with a fresh module graph (the store's starting state is fixed when its module first runs).
    Object.defineProperty(globalThis, 'navigator', {
      value: { languages: [lang] },
      configurable: true,
      writable: true,
    });
    vite.moduleGraph.invalidateAll();
    const page = (await vite.ssrLoadModule('/src/app/prerender-page.tsx')) as PageModule;
    const { html, files: svgs, drawn } = page.renderDashboard(dataset, lang);
    pages[lang] = html;
    pictures += drawn.length;
    mkdirSync(join(out, 'prerender'), { recursive: true });
    // What each picture was drawn from, for tests/browser/prerender.test.ts (not loaded by the page).
    writeFileSync(join(out, 'prerender', `pictures-${lang}.json`), JSON.stringify(drawn));
    for (const [path, svg] of svgs) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), svg);
    }
  }
} finally {
  await vite.close();
}
const indexPath = join(out, 'index.html');
writeFileSync(indexPath, pageWithPrerender(readFileSync(indexPath, 'utf8'), pages));
console.log(
  `prerender: ${pictures} pictures, ${LANGS.length} languages into ${indexPath} in ${Math.round(performance.now() - started)} ms`,
);
