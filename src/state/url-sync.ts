import { formatUrlState, parseUrlState, type KnownIds, type UrlState } from './url-state';
import { urlStateOf, useAppStore } from './store';

/**
 * Two-way link between the store and the address bar: the URL is read once at start-up, then every change
 * of linkable state replaces it (replaceState: filtering should not flood the back button).
 */
export function startUrlSync(known: KnownIds, win: Window = window): () => void {
  const defaults: UrlState = urlStateOf(useAppStore.getState());
  useAppStore.getState().applyUrlState(parseUrlState(win.location.search, defaults, known));
  let last = '';
  const write = () => {
    const query = formatUrlState(urlStateOf(useAppStore.getState()), defaults);
    if (query === last) return;
    last = query;
    win.history.replaceState(null, '', `${win.location.pathname}${query}${win.location.hash}`);
  };
  write();
  return useAppStore.subscribe(write);
}
