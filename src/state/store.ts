import { create, type StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '../domain/filters';
import type { Lang } from '../domain/format-number';
import type { TableOrder } from '../domain/table-rows';
import type { UrlState } from './url-state';

/** UI preferences: language, colour theme, log or linear value axes. */
export interface UiSlice {
  lang: Lang;
  theme: 'system' | 'light' | 'dark';
  logScale: boolean;
  setLang: (lang: Lang) => void;
  setTheme: (theme: UiSlice['theme']) => void;
  setLogScale: (log: boolean) => void;
}

/** Filters that every chart and the table follow. */
export interface FilterSlice {
  filters: Filters;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
}

/** The claim open in the source reader. */
export interface SelectionSlice {
  openClaim?: string;
  openReader: (claimId: string) => void;
  closeReader: () => void;
}

/** The comparison of sources: the question asked, its unit, and the claims pinned into it. */
export interface CompareSlice {
  compare: { question: string; unit?: string; pins: string[] };
  setQuestion: (question: string) => void;
  setCompareUnit: (unit: string | undefined) => void;
  togglePin: (claimId: string) => void;
  clearPins: () => void;
}

/** Table search and sort. */
export interface TableSlice {
  search: string;
  sortKey: TableOrder['key'];
  sortDir: TableOrder['dir'];
  setSearch: (search: string) => void;
  sortBy: (key: TableOrder['key']) => void;
}

/** Which page is open (a view on its own, bare for an iframe) and the slide of presentation mode. */
export interface PageSlice {
  view?: string;
  embed?: boolean;
  present?: string;
  /** Starts presentation mode at a view, moves it to another, or (undefined) leaves it. */
  setPresent: (viewId: string | undefined) => void;
}

/** The whole store: one bound store built from slices. */
export type AppState = UiSlice &
  FilterSlice &
  SelectionSlice &
  CompareSlice &
  TableSlice &
  PageSlice & { applyUrlState: (s: UrlState) => void };

/** The question the comparison opens on. */
export const DEFAULT_QUESTION = 'compute-growth';

/** The browser's preferred language, zh or en. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? 'zh';
  return first.startsWith('zh') ? 'zh' : 'en';
}

type Slice<T> = StateCreator<AppState, [], [], T>;

const uiSlice: Slice<UiSlice> = (set) => ({
  lang: browserLang(),
  theme: 'system',
  logScale: true,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setLogScale: (logScale) => set({ logScale }),
});

const filterSlice: Slice<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
});

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  openClaim: undefined,
  openReader: (openClaim) => set({ openClaim }),
  closeReader: () => set({ openClaim: undefined }),
});

const compareSlice: Slice<CompareSlice> = (set) => ({
  compare: { question: DEFAULT_QUESTION, unit: undefined, pins: [] },
  setQuestion: (question) => set((s) => ({ compare: { ...s.compare, question, unit: undefined } })),
  setCompareUnit: (unit) => set((s) => ({ compare: { ...s.compare, unit } })),
  togglePin: (id) =>
    set((s) => {
      const pins = s.compare.pins.includes(id) ? s.compare.pins.filter((p) => p !== id) : [...s.compare.pins, id];
      return { compare: { ...s.compare, pins } };
    }),
  clearPins: () => set((s) => ({ compare: { ...s.compare, pins: [] } })),
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

const pageSlice: Slice<PageSlice> = (set) => ({
  view: undefined,
  embed: undefined,
  present: undefined,
  setPresent: (present) => set({ present }),
});

/** The app's store. Components select one field at a time: `useAppStore((s) => s.lang)`. */
export const useAppStore = create<AppState>()((...a) => ({
  ...uiSlice(...a),
  ...filterSlice(...a),
  ...selectionSlice(...a),
  ...compareSlice(...a),
  ...tableSlice(...a),
  ...pageSlice(...a),
  applyUrlState: (u) =>
    a[0]({
      lang: u.lang,
      theme: u.theme,
      logScale: u.logScale,
      filters: u.filters,
      openClaim: u.openClaim,
      search: u.search,
      compare: u.compare,
      view: u.view,
      embed: u.embed,
      present: u.present,
    }),
}));

/** The part of the store a link reproduces. */
export function urlStateOf(s: AppState): UrlState {
  return {
    lang: s.lang,
    theme: s.theme,
    logScale: s.logScale,
    filters: s.filters,
    openClaim: s.openClaim,
    search: s.search,
    compare: s.compare,
    view: s.view,
    embed: s.embed,
    present: s.present,
  };
}
