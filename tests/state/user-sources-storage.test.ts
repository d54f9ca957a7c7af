import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteUserSource, loadUserSources, saveUserSource, storageRefusal } from '../../src/state/user-sources-storage';
import { userArticle } from '../fixtures/user-article';

describe('the user’s articles in IndexedDB', () => {
  it('keeps an article with its claims, gives it back after a "reload", and forgets it on remove', async () => {
    const u = userArticle();
    await saveUserSource(u);
    await saveUserSource({ ...u, id: 'yours-00000000', addedAt: '2025-01-01T00:00:00.000Z' });
    const back = await loadUserSources();
    expect(back.map((s) => s.id)).toEqual(['yours-00000000', u.id]); // oldest first
    expect(back[1]).toEqual(u);
    await deleteUserSource('yours-00000000');
    expect((await loadUserSources()).map((s) => s.id)).toEqual([u.id]);
  });

  it('says why the browser refused to keep something', () => {
    expect(storageRefusal(new DOMException('full', 'QuotaExceededError'))).toMatch(/no room left/);
    expect(storageRefusal(new DOMException('no', 'InvalidStateError'))).toMatch(/private mode/);
    expect(storageRefusal(new Error('boom'))).toBe('boom');
  });
});
