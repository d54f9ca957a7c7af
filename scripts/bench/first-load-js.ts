import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Attribution } from './attribute-bytes';
import { budgetRow, infoRow, type Row } from './report';
import { kB } from './stats';

/** One JavaScript file of a build, with its size as shipped and gzipped. */
export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

/** The JavaScript a browser fetches before the first chart can draw, and what must not be in it. */
export interface FirstLoad {
  chunks: ChunkSize[];
  raw: number;
  gzip: number;
  /** First-load chunks whose names say they hold the export libraries (jszip, pptxgenjs). */
  exportChunks: string[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** Size of one built file; gzip at level 9, the most a static host would do. */
export function chunkSize(outDir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Script and modulepreload URLs of a built index.html, relative to the build folder. */
export function htmlScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls = tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isScript || isPreload) && url ? [url.replace(/^\.?\//, '')] : [];
  });
  return [...new Set(urls)];
}

/** Files the entry loads statically: the entry and, transitively, its `imports` in the Vite manifest. */
export function staticImports(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
}

/** Reads a build's index.html and manifest and sizes the union of what both say loads first. */
export function firstLoadJs(outDir: string): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = [...new Set([...htmlScripts(html), ...staticImports(manifest)])].filter((f) => f.endsWith('.js'));
  return sizeFiles(outDir, files);
}

/** Sizes a set of built JavaScript files (paths relative to the build folder), largest first. */
export function sizeFiles(outDir: string, files: readonly string[]): FirstLoad {
  const chunks = files.map((f) => chunkSize(outDir, f)).sort((a, b) => b.gzip - a.gzip);
  return {
    chunks,
    raw: chunks.reduce((n, c) => n + c.raw, 0),
    gzip: chunks.reduce((n, c) => n + c.gzip, 0),
    exportChunks: files.filter((f) => /jszip|pptx/i.test(f)),
  };
}

/** Packages that belong in the export chunks only. */
const EXPORT_PACKAGES = ['jszip', 'pptxgenjs'];

/** Table rows: the modular build against its budget, the full-ECharts build and the ratio, export code. */
export function firstLoadRows(app: FirstLoad, full: FirstLoad, byOwner: readonly Attribution[]): Row[] {
  const leaked = [...app.exportChunks, ...byOwner.filter((a) => EXPORT_PACKAGES.includes(a.owner)).map((a) => a.owner)];
  return [
    infoRow(
      'first-load-js-static-gzip',
      'JS the page loads statically (entry + its imports, gzip)',
      `${kB(app.gzip)} (raw ${kB(app.raw)}, ${app.chunks.length} files)`,
      app.gzip,
    ),
    infoRow(
      'first-load-js-full-echarts-gzip',
      '  same app, full `import * as echarts` (static)',
      `${kB(full.gzip)} (raw ${kB(full.raw)})`,
      full.gzip,
    ),
    infoRow(
      'first-load-js-ratio',
      '  full / modular (static, gzip)',
      `${(full.gzip / app.gzip).toFixed(2)}×`,
      full.gzip / app.gzip,
    ),
    {
      id: 'first-load-export-code',
      figure: 'export code (jszip/pptx) in first load',
      value: leaked.length ? leaked.join(', ') : 'none',
      budget: 'none',
      verdict: leaked.length ? 'fail' : 'pass',
    },
  ];
}

/**
 * The budget row: the JavaScript Chromium actually fetched before the first chart answered the pointer
 * (the static set plus any chunk loaded on the way; the chart itself is on screen before any script, drawn
 * by the build), against 260 kB gzip (React and the ECharts core alone come to about 235 kB). This, not the
 * static set, is what the reader waits for.
 */
export function fetchedRow(fetched: FirstLoad): Row {
  return budgetRow(
    'first-load-js-gzip',
    'JS fetched before the app’s first chart answers (gzip, in Chromium)',
    fetched.gzip,
    `${kB(fetched.gzip)} (raw ${kB(fetched.raw)}, ${fetched.chunks.length} files)`,
    260_000,
    '260 kB',
  );
}
