import { useCallback, useEffect, useState } from 'react';
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

/**
 * Keeps the user's articles and accepted claims. The list in memory is the truth for this page: a write the
 * browser refuses (quota, private mode) is reported and loses nothing already kept or shown.
 */
export function useUserSources(): UserSourcesHandle {
  const [sources, setSources] = useState<UserSource[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [notice, setNotice] = useState<StorageNotice>();

  useEffect(() => {
    let live = true;
    loadUserSources().then(
      (kept) => {
        if (!live) return;
        // Articles added before the load finished stay; kept ones join them.
        setSources((now) => [...kept.filter((k) => !now.some((n) => n.id === k.id)), ...now]);
        setLoaded(true);
      },
      (e) => {
        if (!live) return;
        setLoaded(true);
        setNotice({ kind: 'error', text: `Your kept articles could not be read: ${storageRefusal(e)}` });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const keep = useCallback(async (u: UserSource) => {
    setSources((now) => (now.some((s) => s.id === u.id) ? now.map((s) => (s.id === u.id ? u : s)) : [...now, u]));
    try {
      await saveUserSource(u);
      setNotice(undefined);
      return undefined;
    } catch (e) {
      const reason = storageRefusal(e);
      setNotice({ kind: 'error', text: reason });
      return reason;
    }
  }, []);

  const remove = useCallback(async (id: string) => {
    setSources((now) => now.filter((s) => s.id !== id));
    try {
      await deleteUserSource(id);
    } catch (e) {
      setNotice({ kind: 'error', text: storageRefusal(e) });
    }
  }, []);

  return { sources, loaded, notice, keep, remove };
}
