import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Claim } from '../data/claim';
import type { ImportResult } from '../data/import-claims';
import type { Dataset } from '../data/load-dataset';
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

/**
 * Imports a user's claims CSV in a worker, keeps it in localStorage (when it fits) so it survives reloads,
 * and restores it on start-up. Nothing leaves the browser.
 */
export function useImport(dataset: Dataset) {
  // A kept import is restored at start-up: the page says so from its first render.
  const [stored] = useState(readStoredImport);
  const [state, setState] = useState<ImportState>(
    stored ? { status: 'working', name: stored.name } : { status: 'none' },
  );
  const worker = useRef<Worker | undefined>(undefined);
  const seq = useRef(0);

  /** Sends a file to the worker; the answer sets the state. */
  const start = useCallback(
    (name: string, content: ArrayBuffer | string, persist: boolean) => {
      worker.current ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
      const id = ++seq.current;
      const req: ImportRequest = {
        id,
        name,
        content,
        sources: dataset.sources,
        texts: [...dataset.sourceTexts],
        takenIds: dataset.claims.map((c) => c.id),
      };
      const claims: Claim[] = [];
      worker.current.onmessage = (e: MessageEvent<ImportResponse>) => {
        const res = e.data;
        if (res.id !== seq.current) return; // a newer import replaced this one
        if (!res.ok) return setState({ status: 'error', name, message: res.message });
        if (res.part === 'claims') {
          for (const c of res.claims) claims.push(c);
          return;
        }
        const text = res.text;
        const kept =
          !persist || (text !== undefined && storeImport({ name, text, importedAt: new Date().toISOString() }));
        // A transition: React renders the page with the new claims a component at a time, yielding to input
        // between them, instead of in one task that at 100,000 claims blocked the page for a second.
        startTransition(() => setState({ status: 'done', result: { ...res.result, claims }, kept, note: res.note }));
      };
      worker.current.onerror = (e) =>
        setState({ status: 'error', name, message: e.message || 'the import worker failed' });
      worker.current.postMessage(req, typeof content === 'string' ? [] : [content]);
    },
    [dataset],
  );

  const run = useCallback(
    (name: string, content: ArrayBuffer | string, persist: boolean) => {
      setState({ status: 'working', name });
      start(name, content, persist);
    },
    [start],
  );

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        setState({
          status: 'error',
          name: file.name,
          message: `the file is ${(file.size / 1e6).toFixed(0)} MB; at most ${MAX_IMPORT_BYTES / 1e6} MB can be imported`,
        });
        return;
      }
      run(file.name, await file.arrayBuffer(), true);
    },
    [run],
  );

  const remove = useCallback(() => {
    clearStoredImport();
    seq.current++;
    setState({ status: 'none' });
  }, []);

  // Restore a kept import once, at start-up.
  useEffect(() => {
    if (stored) start(stored.name, stored.text, false);
  }, [stored, start]);

  useEffect(() => () => worker.current?.terminate(), []);
  return { state, importFile, remove };
}
