import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
  const chunks = files.map((f) => chunkSize(outDir, f)).sort((a, b) => b.gzip - a.gzip);
  return {
    chunks,
    raw: chunks.reduce((n, c) => n + c.raw, 0),
    gzip: chunks.reduce((n, c) => n + c.gzip, 0),
    exportChunks: files.filter((f) => /jszip|pptx/i.test(f)),
  };
}
