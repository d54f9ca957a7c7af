import { preview } from 'vite';

/** A built folder served over HTTP, and how to stop it. */
export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built folder with Vite's preview server, as the browser tests do (loopback, any free port). */
export async function serveBuild(outDir: string): Promise<Served> {
  // No config file: the preview only needs the folder, and the app's own config must not add to it.
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview did not report a URL for ${outDir}`);
  return { url, close: () => server.close() };
}
