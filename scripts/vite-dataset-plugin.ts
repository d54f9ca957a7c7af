import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { encodeDataset } from '../src/data/dataset-json';
import { loadDataset } from '../src/data/load-dataset';
import { readDatasetFiles } from './read-dataset-files';

const ID = 'virtual:validated-dataset';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@validated-dataset.json';

/** The dataset in data/, checked by the validator, as JSON text. */
function datasetJson(dataDir: string): string {
  return JSON.stringify(encodeDataset(loadDataset(readDatasetFiles(dataDir))));
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
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'dataset.json', source: datasetJson(dataDir) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(datasetJson(dataDir));
      });
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
