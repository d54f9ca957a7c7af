import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Claim } from '../data/claim';
import type { Dataset } from '../data/load-dataset';
import type { ImportResult } from '../data/import-claims';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { clearStoredImport, readStoredImport, storeImport } from './imported-storage';

/** The state of the user's own imported claims. */
export type ImportState =
  | { status: 'none' }
  | { status: 'working'; name: string }
  | { status: 'done'; result: ImportResult; kept: boolean; note?: string }
  | { status: 'error'; name: string; message: string };

/** Files above this size are refused outright: a claims file this large is a mistake, not a dataset. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The user's import: its state as a store, and what the page can do with it. */
export interface ImportStore {
  state: StoreApi<ImportState>;
  /** Checks a file in the worker and keeps it (when it fits) so it survives reloads. */
  importFile: (file: File) => Promise<void>;
  /** Forgets the import, kept or not. */
  remove: () => void;
  /** Re-checks the import kept by an earlier visit, unless its answer is already in or was superseded. */
  restore: () => void;
  /** Stops the worker; a later restore() starts again where an unanswered one was cut off. */
  dispose: () => void;
}

const spawnImportWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/**
 * Imports a user's claims CSV in a worker, keeps it in localStorage (when it fits) so it survives reloads,
 * and restores it on start-up. Nothing leaves the browser. Framework-free: the page subscribes through a thin
 * hook (src/app/use-import.ts).
 */
export function createImportStore(
  dataset: Dataset,
  spawn: () => Worker = spawnImportWorker,
  storage: Storage | undefined = globalThis.localStorage,
): ImportStore {
  // A kept import is restored at start-up: the page says so from its first render.
  const stored = readStoredImport(storage);
  const state = createStore<ImportState>(() =>
    stored ? { status: 'working', name: stored.name } : { status: 'none' },
  );
  let worker: Worker | undefined;
  let seq = 0;
  let restorePending = stored !== undefined;

  /** Sends a file to the worker; the answer sets the state. */
  const start = (name: string, content: ArrayBuffer | string, persist: boolean) => {
    worker ??= spawn();
    const id = ++seq;
    const req: ImportRequest = {
      id,
      name,
      content,
      sources: dataset.sources,
      texts: [...dataset.sourceTexts],
      takenIds: dataset.claims.map((c) => c.id),
    };
    const claims: Claim[] = [];
    worker.onmessage = (e: MessageEvent<ImportResponse>) => {
      const res = e.data;
      if (res.id !== seq) return; // a newer import replaced this one
      if (res.ok && res.part === 'claims') {
        for (const c of res.claims) claims.push(c);
        return;
      }
      restorePending = false;
      if (!res.ok) return state.setState({ status: 'error', name, message: res.message }, true);
      // The worker leaves out a text too large to keep: then it is not kept.
      const text = res.text;
      const kept =
        !persist || (text !== undefined && storeImport({ name, text, importedAt: new Date().toISOString() }, storage));
      state.setState({ status: 'done', result: { ...res.result, claims }, kept, note: res.note }, true);
    };
    worker.onerror = (e) => {
      restorePending = false;
      state.setState({ status: 'error', name, message: e.message || 'the import worker failed' }, true);
    };
    worker.postMessage(req, typeof content === 'string' ? [] : [content]);
  };

  return {
    state,
    async importFile(file) {
      restorePending = false;
      if (file.size > MAX_IMPORT_BYTES) {
        const message = `the file is ${(file.size / 1e6).toFixed(0)} MB; at most ${MAX_IMPORT_BYTES / 1e6} MB can be imported`;
        state.setState({ status: 'error', name: file.name, message }, true);
        return;
      }
      const content = await file.arrayBuffer();
      state.setState({ status: 'working', name: file.name }, true);
      start(file.name, content, true);
    },
    remove() {
      restorePending = false;
      clearStoredImport(storage);
      seq++;
      state.setState({ status: 'none' }, true);
    },
    restore() {
      if (stored && restorePending) start(stored.name, stored.text, false);
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
