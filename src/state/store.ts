import { create } from 'zustand';
import type { Lang } from '../domain/format-number';

/** UI preferences: language. */
export interface UiSlice {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

/** Table search and sort. */
export interface TableSlice {
  search: string;
  sortKey: TableSortKey;
  sortDir: 'asc' | 'desc';
  setSearch: (search: string) => void;
  sortBy: (key: TableSortKey) => void;
}

/** Columns the claims table can be sorted by. */
export type TableSortKey = 'label' | 'value' | 'year' | 'source' | 'kind';

/** The whole store: one bound store built from slices. */
export type AppState = UiSlice & TableSlice;

/** The browser's preferred language, zh or en. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('zh') ? 'zh' : 'en';
}

type Slice<T> = (set: (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void) => T;

const uiSlice: Slice<UiSlice> = (set) => ({
  lang: browserLang(),
  setLang: (lang) => set({ lang }),
});

const tableSlice: Slice<TableSlice> = (set) => ({
  search: '',
  sortKey: 'source',
  sortDir: 'asc',
  setSearch: (search) => set({ search }),
  sortBy: (key) =>
    set((s) =>
      s.sortKey === key ? { sortDir: s.sortDir === 'asc' ? 'desc' : 'asc' } : { sortKey: key, sortDir: 'asc' },
    ),
});

/** The app's store. Components select one field at a time: `useAppStore((s) => s.lang)`. */
export const useAppStore = create<AppState>()((set) => ({
  ...uiSlice(set),
  ...tableSlice(set),
}));
