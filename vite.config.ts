import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatedDataset } from './scripts/vite-dataset-plugin.ts';

// Content-Security-Policy for the built page: only our own scripts run, whatever text the data holds.
// Build only: the dev server injects inline scripts (React refresh) that this policy would block.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'", // React and ECharts set style attributes
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
});

// The dataset files (checked claims and sources as JSON, article texts) are fetched by the app's code, which the browser only
// discovers after the JavaScript has loaded and run. Preload links in the page start those fetches at once,
// in parallel with the JavaScript; the app's fetch() then takes them from the preload cache.
const preloadDataset = (): Plugin => ({
  name: 'preload-dataset',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const files = Object.values(ctx.bundle ?? {})
        .filter((f) => f.type === 'asset' && /^assets\/.+\.(json|txt)$/.test(f.fileName))
        .map((f) => f.fileName)
        .sort();
      const links = files.map((f) => `<link rel="preload" href="./${f}" as="fetch" crossorigin="anonymous" />`);
      // The page opens on the build's pictures (scripts/prerender.ts); what it then waits for is the charts'
      // tooltips, whose ECharts code is a chunk of its own: fetched at once, beside the app's code.
      const tooltip = Object.values(ctx.bundle ?? {}).find(
        (f) => f.type === 'chunk' && /\/echarts-tooltip\.ts$/.test(f.facadeModuleId ?? ''),
      );
      if (tooltip) links.push(`<link rel="modulepreload" crossorigin href="./${tooltip.fileName}" />`);
      return html.replace('\n  </head>', `\n    ${links.join('\n    ')}\n  </head>`);
    },
  },
});

// The app's page has two entries besides Vite's own handling of index.html:
// - src/app/before-app.ts: while the app loads, the build's page answers the pointer and keeps early clicks.
//   An entry of its own, so it does not wait for the app's code as a second script in index.html would
//   (Vite joins those into one entry); loaded `async`, so it runs while the page is still being read.
// - src/app/start.tsx, the app, which main.tsx imports only after the first frame: its files are fetched from
//   the start all the same, as modulepreloads, as Vite does for an entry's own imports.
// The bench also builds a blank page with this config (scripts/bench/builds.ts): none of this applies there.
const BEFORE_APP_ENTRY = 'src/app/before-app.ts';
const APP_MODULE = 'src/app/start.tsx';
const PROJECT = fileURLToPath(new URL('.', import.meta.url));
const isAppRoot = (root: string | undefined) => resolve(root ?? '.') === resolve(PROJECT);
const preloadLink = (file: string) => `<link rel="modulepreload" crossorigin href="./${file}" />`;

/** The chunk built from `module`, and the files it imports statically, itself first, each once. */
function chunkWithImports(bundle: Rollup.OutputBundle, module: string) {
  const chunks = new Map(Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [[f.fileName, f] as const] : [])));
  const chunk = [...chunks.values()].find((c) => (c.facadeModuleId ?? '').endsWith(module));
  if (!chunk) throw new Error(`app-entries: no chunk for ${module} in the bundle`);
  const files = new Set<string>();
  const visit = (name: string) => {
    if (files.has(name)) return;
    files.add(name);
    for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
  };
  visit(chunk.fileName);
  return { chunk, files: [...files] };
}

const appEntries = (): Plugin => {
  let app = false;
  return {
    name: 'app-entries',
    apply: 'build',
    config: (c) =>
      isAppRoot(c.root)
        ? {
            build: {
              rolldownOptions: {
                input: { index: resolve(PROJECT, 'index.html'), 'before-app': resolve(PROJECT, BEFORE_APP_ENTRY) },
              },
            },
          }
        : undefined,
    configResolved: (c) => {
      app = isAppRoot(c.root);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!app) return html;
        const bundle = ctx.bundle ?? {};
        const before = chunkWithImports(bundle, BEFORE_APP_ENTRY);
        // Its shared chunks come with it, not after it; its tag goes before the app's.
        const beforeTags = [
          ...before.files.slice(1).map(preloadLink),
          `<script type="module" async crossorigin src="./${before.chunk.fileName}"></script>`,
        ];
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('app-entries: index.html has no module script');
        const withBefore = `${html.slice(0, at)}${beforeTags.join('\n    ')}\n    ${html.slice(at)}`;
        const appLinks = chunkWithImports(bundle, APP_MODULE)
          .files.filter((f) => !withBefore.includes(`href="./${f}"`))
          .map(preloadLink);
        return withBefore.replace('\n  </head>', `\n    ${appLinks.join('\n    ')}\n  </head>`);
      },
    },
  };
};

// `npm run bench` also builds the app with all of ECharts (BENCH_FULL_ECHARTS=1), to show what the modular
// set-up saves: every import of echarts-setup then resolves to a module doing `import * as echarts`.
const fullEcharts =
  process.env['BENCH_FULL_ECHARTS'] === '1'
    ? [
        {
          find: /^.*\/echarts-setup(\.ts)?$/,
          replacement: fileURLToPath(new URL('./scripts/bench/echarts-full.ts', import.meta.url)),
        },
      ]
    : [];

// The dataset lives in data/ (not public/) so the validator, the CLI scripts and the app read one copy;
// the app gets the checked claims from validatedDataset() and the source texts with `?url`: Vite copies
// them, fingerprinted, beside the bundle.
export default defineConfig({
  plugins: [react(), validatedDataset(), contentSecurityPolicy(), preloadDataset(), appEntries()],
  base: './',
  resolve: { alias: fullEcharts },
  server: { fs: { allow: ['.'] } },
  preview: { port: 4173, strictPort: true },
  // No modulepreload polyfill: every browser that runs es2022 either supports modulepreload or simply
  // loads the modules without it.
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // One stylesheet: the build's page needs all of it for its first frame (src/app/main.tsx).
    cssCodeSplit: false,
  },
  worker: { format: 'es' },
});
