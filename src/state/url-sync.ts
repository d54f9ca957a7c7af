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
  // Later writes wait for a pause: replaceState is slow next to a filter click (~5 ms in Chromium), and
  // some browsers refuse more than ~100 calls in 30 s, which a reader clicking through chips can reach.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, URL_WRITE_DELAY_MS);
  };
  const unsubscribe = useAppStore.subscribe(schedule);
  win.addEventListener('pagehide', write);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('pagehide', write);
  };
}

/** How long the address bar waits after the last change before it is rewritten. */
export const URL_WRITE_DELAY_MS = 150;
