import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

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
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

// `npm run bench` also builds the app with all of ECharts (BENCH_FULL_ECHARTS=1), to show what the modular
// set-up saves: every import of echarts-setup then resolves to a module doing `import * as echarts`.
const fullEcharts =
  process.env['BENCH_FULL_ECHARTS'] === '1'
    ? [{ find: /^.*\/echarts-setup(\.ts)?$/, replacement: fileURLToPath(new URL('./scripts/bench/echarts-full.ts', import.meta.url)) }]
    : [];

// The dataset lives in data/ (not public/) so the validator, the CLI scripts and the app read one copy;
// the app imports the CSV and source texts with `?raw`, which Vite inlines at build time.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  resolve: { alias: fullEcharts },
  server: { fs: { allow: ['.'] } },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
