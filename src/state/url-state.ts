import { KINDS, TOPICS, type Kind, type Topic } from '../data/vocabulary';
import type { Lang } from '../domain/format-number';
import type { Filters } from '../domain/filters';

/** Everything a link reproduces. */
export interface UrlState {
  lang: Lang;
  theme: 'system' | 'light' | 'dark';
  logScale: boolean;
  filters: Filters;
  openClaim?: string;
  search: string;
  /** The comparison: which question, in which unit, and the claims pinned into it. */
  compare: { question: string; unit?: string; pins: string[] };
  /** A view shown on its own page (`?view=`), and whether bare for an iframe (`&embed=1`). */
  view?: string;
  embed?: boolean;
  /** The view on screen in presentation mode (`?present=`). */
  present?: string;
}

/** Ids the URL may name; anything else is dropped. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  /** Question ids and the units each may be shown in. */
  questions?: ReadonlyMap<string, readonly string[]>;
  /** View ids a page, an embed or a slide may name. */
  views?: ReadonlySet<string>;
}

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const year = (v: string | null): number | undefined => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

/**
 * Reads a query string into state over the defaults. Unknown parameters are ignored, and a malformed or
 * unknown value falls back to its default, so a mangled link still opens a working page.
 */
export function parseUrlState(search: string, defaults: UrlState, known: KnownIds): UrlState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return defaults;
  }
  const lang = q.get('lang');
  const theme = q.get('theme');
  const topics = list(q.get('topic')).filter((t): t is Topic => Object.hasOwn(TOPICS, t));
  const kinds = list(q.get('kind')).filter((k): k is Kind => Object.hasOwn(KINDS, k));
  const sources = list(q.get('source')).filter((s) => known.sources.has(s));
  let yearFrom = year(q.get('from'));
  let yearTo = year(q.get('to'));
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const claim = q.get('claim');
  const question = q.get('cmp');
  const questionOk = question !== null && (question === 'pinned' || known.questions?.has(question) === true);
  const unit = q.get('unit');
  const resolved = questionOk ? question! : defaults.compare.question;
  const units = known.questions?.get(resolved);
  const pins = [...new Set(list(q.get('pins')).filter((id) => known.claims.has(id)))].slice(0, 50);
  const view = knownView(q.get('view'), known);
  const present = knownView(q.get('present'), known);
  return {
    lang: lang === 'zh' || lang === 'en' ? lang : defaults.lang,
    theme: theme === 'light' || theme === 'dark' ? theme : defaults.theme,
    logScale: q.get('scale') === 'linear' ? false : q.get('scale') === 'log' ? true : defaults.logScale,
    filters: { topics, sources, kinds, yearFrom, yearTo },
    openClaim: claim && known.claims.has(claim) ? claim : undefined,
    search: (q.get('q') ?? defaults.search).slice(0, 200),
    compare: {
      question: resolved,
      unit: unit && units?.includes(unit) ? unit : undefined,
      pins,
    },
    view,
    // Only a view can be embedded: `embed=1` alone opens the dashboard.
    embed: view && q.get('embed') === '1' ? true : undefined,
    present,
  };
}

const knownView = (id: string | null, known: KnownIds): string | undefined =>
  id && known.views?.has(id) ? id : undefined;

/**
 * The view id a link names that no view has (`?view=nope`), cut short, so the dashboard it falls back to
 * can say so; undefined when the link names none or a known one.
 */
export function missingViewOf(search: string, views: ReadonlySet<string>): string | undefined {
  let id: string | null;
  try {
    id = new URLSearchParams(search).get('view');
  } catch {
    return undefined;
  }
  return id !== null && !views.has(id) ? id.slice(0, 80) : undefined;
}

/** Which page a link opens: the dashboard, one view's page, or one view bare for an iframe. */
export type PageTarget = { page: 'dashboard' } | { page: 'view'; view: string } | { page: 'embed'; view: string };

/**
 * The link to a page with the reader's language, theme, scale and filters kept, and what belongs to
 * another page left out (the open claim, the comparison, presentation mode).
 */
export function pageHref(s: UrlState, defaults: UrlState, target: PageTarget): string {
  const kept: UrlState = {
    ...s,
    openClaim: undefined,
    compare: defaults.compare,
    view: target.page === 'dashboard' ? undefined : target.view,
    embed: target.page === 'embed' ? true : undefined,
    present: undefined,
  };
  return formatUrlState(kept, defaults) || '?';
}

/**
 * Writes what differs from the defaults, in a fixed order, so equal views give equal links. The language
 * is always written: its default comes from each reader's browser, so leaving it out would open a shared
 * link in another language.
 */
export function formatUrlState(s: UrlState, defaults: UrlState): string {
  const q = new URLSearchParams();
  q.set('lang', s.lang);
  if (s.view) q.set('view', s.view);
  if (s.view && s.embed) q.set('embed', '1');
  if (s.present) q.set('present', s.present);
  if (s.theme !== defaults.theme) q.set('theme', s.theme);
  if (s.logScale !== defaults.logScale) q.set('scale', s.logScale ? 'log' : 'linear');
  if (s.filters.topics.length) q.set('topic', s.filters.topics.join(','));
  if (s.filters.sources.length) q.set('source', s.filters.sources.join(','));
  if (s.filters.kinds.length) q.set('kind', s.filters.kinds.join(','));
  if (s.filters.yearFrom !== undefined) q.set('from', String(s.filters.yearFrom));
  if (s.filters.yearTo !== undefined) q.set('to', String(s.filters.yearTo));
  if (s.search) q.set('q', s.search);
  if (s.openClaim) q.set('claim', s.openClaim);
  if (s.compare.question !== defaults.compare.question) q.set('cmp', s.compare.question);
  if (s.compare.unit) q.set('unit', s.compare.unit);
  if (s.compare.pins.length) q.set('pins', s.compare.pins.join(','));
  const out = q.toString();
  return out ? `?${out}` : '';
}
