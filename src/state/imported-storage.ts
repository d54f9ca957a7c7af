/** Where an imported file is kept so it survives a reload (this browser only; nothing is uploaded). */
export const IMPORT_STORAGE_KEY = 'ai-compute-claims.import.v1';

/** Browsers give a page about 5 MB of localStorage; larger imports live for the session only. */
const MAX_STORED_CHARS = 2_000_000;

/** A stored import. */
export interface StoredImport {
  name: string;
  text: string;
  importedAt: string;
}

/** Reads the stored import, ignoring anything malformed. */
export function readStoredImport(storage: Storage | undefined = globalThis.localStorage): StoredImport | undefined {
  try {
    const raw = storage?.getItem(IMPORT_STORAGE_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<StoredImport>;
    return typeof v.name === 'string' && typeof v.text === 'string'
      ? { name: v.name, text: v.text, importedAt: String(v.importedAt ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a file's text is small enough to be kept across reloads. */
export const canStoreImport = (text: string): boolean => text.length <= MAX_STORED_CHARS;

/** Keeps an import across reloads when it fits; says whether it was kept. */
export function storeImport(item: StoredImport, storage: Storage | undefined = globalThis.localStorage): boolean {
  if (!storage || !canStoreImport(item.text)) return false;
  try {
    storage.setItem(IMPORT_STORAGE_KEY, JSON.stringify(item));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled
  }
}

/** Forgets the stored import. */
export function clearStoredImport(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(IMPORT_STORAGE_KEY);
  } catch {
    // storage disabled: nothing was kept
  }
}
