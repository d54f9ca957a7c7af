import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { pageHref, type PageTarget } from '../state/url-state';
import { urlStateOf, useAppStore } from '../state/store';

/**
 * Links to the pages of the app (the dashboard, a view's own page, its embed) from the state as it is now:
 * language, theme, scale and filters travel with the reader.
 */
export function usePageHref(): (target: PageTarget) => string {
  const state = useAppStore(useShallow(urlStateOf));
  return useCallback(
    (target: PageTarget) => pageHref(state, urlStateOf(useAppStore.getInitialState()), target),
    [state],
  );
}
