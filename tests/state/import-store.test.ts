import type { Claim } from '../../src/data/claim';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/load-dataset';
import type { ImportRequest, ImportResponse } from '../../src/state/import-protocol';
import { IMPORT_STORAGE_KEY, readStoredImport } from '../../src/state/imported-storage';
import { createImportStore, MAX_IMPORT_BYTES } from '../../src/state/import-store';

const dataset = { claims: [], sources: [], sourceTexts: new Map() } as unknown as Dataset;
const result = { file: 'mine.csv', claims: [], problems: [], rejected: [], rowCount: 0 };

/** A stand-in for the import worker: it records requests and answers when the test says so. */
class FakeWorker {
  requests: ImportRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(req: ImportRequest) {
    this.requests.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  answer(res: ImportResponse) {
    this.onmessage?.({ data: res } as MessageEvent<ImportResponse>);
  }
}

function memoryStorage(items: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(items));
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

function setUp(storage = memoryStorage()) {
  const workers: FakeWorker[] = [];
  const spawn = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w as unknown as Worker;
  };
  return { imports: createImportStore(dataset, spawn, storage), workers, storage };
}

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('createImportStore()', () => {
  it('checks a file in the worker, shows it as done, and keeps it for the next visit', async () => {
    const { imports, workers, storage } = setUp();
    expect(imports.state.getState()).toEqual({ status: 'none' });
    await imports.importFile(file('mine.csv', 'id,value\n'));
    expect(imports.state.getState()).toEqual({ status: 'working', name: 'mine.csv' });
    const req = workers[0]!.requests[0]!;
    workers[0]!.answer({ id: req.id, ok: true, part: 'done', result, text: 'id,value\n' });
    expect(imports.state.getState()).toMatchObject({ status: 'done', kept: true, result });
    expect(readStoredImport(storage)).toMatchObject({ name: 'mine.csv', text: 'id,value\n' });
  });

  it('takes the claims in the batches the worker sends, and keeps no text the worker left out', async () => {
    const { imports, workers, storage } = setUp();
    await imports.importFile(file('big.csv', 'id\n'));
    const req = workers[0]!.requests[0]!;
    const claim = (id: string) => ({ id }) as unknown as Claim;
    workers[0]!.answer({ id: req.id, ok: true, part: 'claims', claims: [claim('a'), claim('b')] });
    workers[0]!.answer({ id: req.id, ok: true, part: 'claims', claims: [claim('c')] });
    expect(imports.state.getState()).toMatchObject({ status: 'working' });
    workers[0]!.answer({ id: req.id, ok: true, part: 'done', result });
    const done = imports.state.getState();
    expect(done).toMatchObject({ status: 'done', kept: false });
    expect(done.status === 'done' && done.result.claims.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(readStoredImport(storage)).toBeUndefined();
  });

  it('refuses a file over the size limit without starting the worker', async () => {
    const { imports, workers } = setUp();
    const huge = { name: 'huge.csv', size: MAX_IMPORT_BYTES + 1 } as File;
    await imports.importFile(huge);
    expect(imports.state.getState()).toMatchObject({ status: 'error', name: 'huge.csv' });
    expect(workers).toHaveLength(0);
  });

  it('says working from the start when a kept import exists, and restores it when asked', () => {
    const kept = JSON.stringify({ name: 'old.csv', text: 'a,b\n', importedAt: '2025-01-01' });
    const { imports, workers } = setUp(memoryStorage({ [IMPORT_STORAGE_KEY]: kept }));
    expect(imports.state.getState()).toEqual({ status: 'working', name: 'old.csv' });
    imports.restore();
    const req = workers[0]!.requests[0]!;
    expect(req.content).toBe('a,b\n');
    workers[0]!.answer({ id: req.id, ok: true, part: 'done', result, text: 'a,b\n' });
    expect(imports.state.getState()).toMatchObject({ status: 'done', kept: true });
    imports.restore(); // answered: nothing more to do
    expect(workers[0]!.requests).toHaveLength(1);
  });

  it('restores again after being disposed before the answer came (a remount)', () => {
    const kept = JSON.stringify({ name: 'old.csv', text: 'a,b\n', importedAt: '2025-01-01' });
    const { imports, workers } = setUp(memoryStorage({ [IMPORT_STORAGE_KEY]: kept }));
    imports.restore();
    imports.dispose();
    expect(workers[0]!.terminated).toBe(true);
    imports.restore();
    expect(workers).toHaveLength(2);
    const req = workers[1]!.requests[0]!;
    workers[1]!.answer({ id: req.id, ok: true, part: 'done', result, text: 'a,b\n' });
    expect(imports.state.getState()).toMatchObject({ status: 'done' });
  });

  it('forgets the import on remove, and ignores an answer that arrives after', async () => {
    const { imports, workers, storage } = setUp();
    await imports.importFile(file('mine.csv', 'x\n'));
    const req = workers[0]!.requests[0]!;
    imports.remove();
    workers[0]!.answer({ id: req.id, ok: true, part: 'done', result, text: 'x\n' });
    expect(imports.state.getState()).toEqual({ status: 'none' });
    expect(readStoredImport(storage)).toBeUndefined();
  });

  it('shows the worker’s reason when a file cannot be read', async () => {
    const { imports, workers } = setUp();
    await imports.importFile(file('bad.csv', '\u0000'));
    const req = workers[0]!.requests[0]!;
    workers[0]!.answer({ id: req.id, ok: false, message: 'not a CSV file' });
    expect(imports.state.getState()).toEqual({ status: 'error', name: 'bad.csv', message: 'not a CSV file' });
  });
});
