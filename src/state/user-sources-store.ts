import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UserSource } from '../data/user-source';
import { deleteUserSource, loadUserSources, saveUserSource, storageRefusal } from './user-sources-storage';

/** Something the user should know about their kept articles (a refusal to store, a failed load). */
export interface StorageNotice {
  kind: 'error' | 'info';
  text: string;
}

/** The user's own articles: restored from IndexedDB at start, kept there on every change. */
export interface UserSourcesHandle {
  sources: readonly UserSource[];
  loaded: boolean;
  notice?: StorageNotice;
  /** Adds or replaces an article; resolves to the browser's reason when it refused to keep it (it stays for this session). */
  keep: (u: UserSource) => Promise<string | undefined>;
  remove: (id: string) => Promise<void>;
}

/** The handle plus the start-up load, which the page calls once it is mounted. */
export interface UserSourcesState extends UserSourcesHandle {
  /** Reads the kept articles (once; later calls are no-ops). */
  load: () => Promise<void>;
}

/** Where the articles are kept: IndexedDB in the page, something in memory in tests. */
export interface UserSourcesStorage {
  load: () => Promise<UserSource[]>;
  save: (u: UserSource) => Promise<void>;
  delete: (id: string) => Promise<void>;
}

const indexedDbStorage: UserSourcesStorage = { load: loadUserSources, save: saveUserSource, delete: deleteUserSource };

/**
 * Keeps the user's articles and accepted claims. The list in memory is the truth for this page: a write the
 * browser refuses (quota, private mode) is reported and loses nothing already kept or shown. Framework-free:
 * the page subscribes through a thin hook (src/app/use-user-sources.ts).
 */
export function createUserSourcesStore(storage: UserSourcesStorage = indexedDbStorage): StoreApi<UserSourcesState> {
  let loading: Promise<void> | undefined;
  return createStore<UserSourcesState>((set) => ({
    sources: [],
    loaded: false,
    load: () =>
      (loading ??= storage.load().then(
        (kept) =>
          // Articles added before the load finished stay; kept ones join them.
          set((now) => ({
            sources: [...kept.filter((k) => !now.sources.some((n) => n.id === k.id)), ...now.sources],
            loaded: true,
          })),
        (e) =>
          set({
            loaded: true,
            notice: { kind: 'error', text: `Your kept articles could not be read: ${storageRefusal(e)}` },
          }),
      )),
    async keep(u) {
      set((now) => ({
        sources: now.sources.some((s) => s.id === u.id)
          ? now.sources.map((s) => (s.id === u.id ? u : s))
          : [...now.sources, u],
      }));
      try {
        await storage.save(u);
        set({ notice: undefined });
        return undefined;
      } catch (e) {
        const reason = storageRefusal(e);
        set({ notice: { kind: 'error', text: reason } });
        return reason;
      }
    },
    async remove(id) {
      set((now) => ({ sources: now.sources.filter((s) => s.id !== id) }));
      try {
        await storage.delete(id);
      } catch (e) {
        set({ notice: { kind: 'error', text: storageRefusal(e) } });
      }
    },
  }));
}
