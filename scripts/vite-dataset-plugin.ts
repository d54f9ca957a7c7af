import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:validated-dataset';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@validated-dataset.json';

// The validator is TypeScript under src/; it is loaded through Vite's module runner when first needed
// rather than imported here, so the config itself imports nothing but packages (and loads with any of
// Vite's config loaders).
type DatasetJsonModule = typeof import('./dataset-json-text.ts');
let validator: Promise<DatasetJsonModule> | undefined;
const DATASET_JSON_TEXT = fileURLToPath(new URL('./dataset-json-text.ts', import.meta.url));

/** The dataset in `dataDir`, checked by the validator, as JSON text. */
async function datasetJson(dataDir: string): Promise<string> {
  validator ??= runnerImport<DatasetJsonModule>(DATASET_JSON_TEXT, { configFile: false, logLevel: 'silent' }).then(
    (r) => r.module,
  );
  return (await validator).datasetJsonText(dataDir);
}

/**
 * `import url from 'virtual:validated-dataset'` gives the URL of data/ checked by the same validator as
 * `npm run validate`, as JSON (see src/data/dataset-json.ts). The build emits it as a fingerprinted file
 * beside the bundle; the dev server computes it on each request and reloads the page when data/ changes.
 */
export function validatedDataset(dataDir = resolve('data')): Plugin {
  let serving = false;
  return {
    name: 'validated-dataset',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    // Hook filters: the bundler calls these only for the one id, not for every module of the app.
    resolveId: { filter: { id: new RegExp(`^${ID}$`) }, handler: () => RESOLVED },
    load: {
      filter: { id: new RegExp(`^\\0${ID}$`) },
      async handler() {
        if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
        const ref = this.emitFile({ type: 'asset', name: 'dataset.json', source: await datasetJson(dataDir) });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      },
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res, next) => {
        datasetJson(dataDir).then((json) => {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(json);
        }, next);
      });
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
