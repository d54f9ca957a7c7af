import { useDeferredValue, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Dataset } from '../data/load-dataset';
import { createImportStore } from '../state/import-store';

/** The user's import for this page: its state, and the actions ImportPanel calls (see createImportStore). */
export function useImport(dataset: Dataset) {
  const imports = useMemo(() => createImportStore(dataset), [dataset]);
  // Restore a kept import when the page mounts; the worker goes with the page.
  useEffect(() => {
    imports.restore();
    return () => imports.dispose();
  }, [imports]);
  // Deferred: the page takes in an import's claims in an interruptible render, a component at a time,
  // instead of in one task that at 100,000 claims blocked it for a second.
  const state = useDeferredValue(useStore(imports.state));
  return { state, importFile: imports.importFile, remove: imports.remove };
}
