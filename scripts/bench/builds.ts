import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The three builds the bench compares. */
export type VariantId = 'app' | 'full' | 'blank';

/** Where each build goes: apart from dist/, which `npm test` owns. */
export const OUT_DIRS: Readonly<Record<VariantId, string>> = {
  app: resolve('bench/dist-app'),
  full: resolve('bench/dist-full'),
  blank: resolve('bench/dist-blank'),
};

/**
 * Builds one variant with the project's vite.config.ts (same plugins, same target) and a manifest, so the
 * first-load set can be read. Each build runs in its own process: the config reads its env switch once.
 */
export async function buildVariant(id: VariantId): Promise<{ id: VariantId; outDir: string; ms: number }> {
  const outDir = OUT_DIRS[id];
  const root = id === 'blank' ? ['scripts/bench/blank'] : [];
  const args = ['build', ...root, '--config', resolve('vite.config.ts'), '--outDir', outDir];
  const env = { ...process.env, BENCH_FULL_ECHARTS: id === 'full' ? '1' : '0' };
  const started = performance.now();
  await run(resolve('node_modules/.bin/vite'), [...args, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
    env,
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  // The app's page carries its prerendered charts, as `npm run build` makes it.
  if (id !== 'blank')
    await run(resolve('node_modules/.bin/tsx'), ['scripts/prerender.ts', '--out', outDir], { env, timeout: 180_000 });
  return { id, outDir, ms: performance.now() - started };
}
