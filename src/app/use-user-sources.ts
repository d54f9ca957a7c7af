import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createUserSourcesStore, type UserSourcesHandle } from '../state/user-sources-store';

/** The user's kept articles for this page, loaded once it is mounted (see createUserSourcesStore). */
export function useUserSources(): UserSourcesHandle {
  const [store] = useState(() => createUserSourcesStore());
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  return useStore(store);
}
