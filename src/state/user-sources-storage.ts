import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { UserSource } from '../data/user-source';

// IndexedDB, not localStorage: articles are long and localStorage holds a few megabytes for the whole page.
// idb-keyval is the smallest well-kept wrapper (one object store, promises); one key per article, so a
// failing write loses nothing already kept.
let store: UseStore | undefined;
const db = (): UseStore => (store ??= createStore('ai-compute-claims', 'user-sources'));

/** Why the browser refused to keep something, in words a user can act on. */
export function storageRefusal(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no room left for this site (storage quota reached)';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser does not let the page keep data (private mode?)';
  return e instanceof Error ? e.message : String(e);
}

/** Every article the user added, oldest first. Resolves to [] where IndexedDB is unavailable. */
export async function loadUserSources(): Promise<UserSource[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = await entries<string, UserSource>(db());
  return all.map(([, v]) => v).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/** Keeps (or replaces) one article with its accepted claims. Rejects with the browser's reason. */
export async function saveUserSource(u: UserSource): Promise<void> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  await set(u.id, u, db());
}

/** Forgets one article and its claims. */
export async function deleteUserSource(id: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await del(id, db());
}
