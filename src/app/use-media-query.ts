import { useEffect, useState } from 'react';

/** Whether a media query matches, kept up to date. */
export function useMediaQuery(q: string): boolean {
  const [matches, setMatches] = useState(() =>
    typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(q).matches : false,
  );
  useEffect(() => {
    if (!window.matchMedia) return;
    const mql = window.matchMedia(q);
    const on = (e: MediaQueryListEvent) => setMatches(e.matches);
    mql.addEventListener('change', on);
    return () => mql.removeEventListener('change', on);
  }, [q]);
  return matches;
}

/** Whether the page is dark: the user's choice, or the system's when they chose "system". */
export function isDark(theme: 'system' | 'light' | 'dark', systemDark: boolean): boolean {
  return theme === 'dark' || (theme === 'system' && systemDark);
}

/** isDark() for the page, kept up to date, and set on <html> for the stylesheet. */
export function useDarkMode(theme: 'system' | 'light' | 'dark'): boolean {
  const dark = isDark(theme, useMediaQuery('(prefers-color-scheme: dark)'));
  useEffect(() => {
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  }, [dark]);
  return dark;
}
