import { describe, expect, it } from 'vitest';
import type { UserSource } from '../../src/data/user-source';
import { createUserSourcesStore, type UserSourcesStorage } from '../../src/state/user-sources-store';
import { userArticle } from '../fixtures/user-article';

/** Storage in memory; `refuse` makes every write fail the way a full browser store does. */
function memory(kept: UserSource[] = [], refuse = false): UserSourcesStorage & { kept: Map<string, UserSource> } {
  const m = new Map(kept.map((u) => [u.id, u]));
  const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
  return {
    kept: m,
    load: async () => [...m.values()],
    save: async (u) => (refuse ? full() : void m.set(u.id, u)),
    delete: async (id) => void m.delete(id),
  };
}

describe('createUserSourcesStore()', () => {
  it('loads the kept articles once, keeping any added before the load finished', async () => {
    const old = { ...userArticle(), id: 'yours-00000001' };
    const storage = memory([old]);
    const store = createUserSourcesStore(storage);
    expect(store.getState()).toMatchObject({ sources: [], loaded: false });
    const fresh = userArticle();
    const loading = store.getState().load();
    await store.getState().keep(fresh);
    await Promise.all([loading, store.getState().load()]);
    expect(store.getState().loaded).toBe(true);
    expect(store.getState().sources.map((s) => s.id)).toEqual([old.id, fresh.id]);
  });

  it('keeps an article for this session and says why when the browser refuses to store it', async () => {
    const store = createUserSourcesStore(memory([], true));
    const reason = await store.getState().keep(userArticle());
    expect(reason).toMatch(/no room left/);
    expect(store.getState().sources).toHaveLength(1);
    expect(store.getState().notice).toEqual({ kind: 'error', text: reason });
  });

  it('replaces an article kept again under the same id, and forgets it on remove', async () => {
    const storage = memory();
    const store = createUserSourcesStore(storage);
    const u = userArticle();
    await store.getState().keep(u);
    await store.getState().keep({ ...u, meta: { ...u.meta, title: 'Renamed' } });
    expect(store.getState().sources.map((s) => s.meta.title)).toEqual(['Renamed']);
    await store.getState().remove(u.id);
    expect(store.getState().sources).toEqual([]);
    expect(storage.kept.size).toBe(0);
  });

  it('says the kept articles could not be read when loading fails', async () => {
    const storage = { ...memory(), load: () => Promise.reject(new Error('broken')) };
    const store = createUserSourcesStore(storage);
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      loaded: true,
      notice: { kind: 'error', text: expect.stringMatching(/could not be read: broken/) },
    });
  });
});
