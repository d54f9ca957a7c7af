import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/** What a chart's citation names. */
export interface CiteInput {
  /** The chart's title, in the language of the citation. */
  title: string;
  viewId: string;
  /** The dataset version (a short content hash). */
  version: string;
  /** The day the chart was accessed, YYYY-MM-DD. */
  accessed: string;
  /** The chart's own URL (see chartUrl). */
  url: string;
  lang?: Lang;
}

/** A chart's citation in three formats. */
export interface ChartCitation {
  plain: string;
  apa: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The URL of one view: the page's origin and path with `?view=<id>` (nothing else of the current query). */
export function chartUrl(originAndPath: string, viewId: string): string {
  return `${originAndPath}?view=${encodeURIComponent(viewId)}`;
}

/** A YYYY-MM-DD day as APA writes a retrieval date: "July 5, 2025", or 2025年7月5日 in Chinese. */
export function apaDate(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`invalid accessed date: ${day}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) throw new Error(`invalid accessed date: ${day}`);
  return lang === 'zh' ? `${y}年${mo}月${d}日` : `${MONTHS[mo - 1]} ${d}, ${y}`;
}

// LaTeX's special characters in BibTeX field text: each becomes a command that prints it. One pass, so the
// backslashes and braces a replacement adds are never escaped again.
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text made safe inside a BibTeX field's braces: LaTeX's special characters escaped. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => BIBTEX_ESCAPES[ch]!);
}

/** A URL for a BibTeX `url` field: braces, backslashes and spaces percent-encoded, so the field stays balanced. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\ ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A BibTeX key: the dataset, the view and the version, in the characters every BibTeX accepts. */
function bibtexKey(viewId: string, version: string): string {
  return `ai-compute-claims-${viewId}-${version}`.replace(/[^A-Za-z0-9:_-]+/g, '-');
}

/** Plain text, APA and BibTeX citations of a chart: its title, the dataset and its version, the day accessed, its URL. */
export function citeChart({ title, viewId, version, accessed, url, lang = 'en' }: CiteInput): ChartCitation {
  const dataset = t('appTitle', lang);
  const vars = { title, dataset, version, url };
  const plain = t('citePlainText', lang, { ...vars, date: accessed });
  const apa = t('citeApaText', lang, { ...vars, date: apaDate(accessed, lang) });
  const field = (name: string, value: string) => `  ${name.padEnd(12)} = {${value}},`;
  const bibtex = [
    `@misc{${bibtexKey(viewId, version)},`,
    field('title', escapeBibtex(title)),
    // Double braces: a corporate author, not a first and last name.
    field('author', `{${escapeBibtex(dataset)}}`),
    field('howpublished', `\\url{${bibtexUrl(url)}}`),
    field('url', bibtexUrl(url)),
    field('urldate', accessed),
    field('version', escapeBibtex(version)),
    field('note', escapeBibtex(t('citeBibtexNote', lang, { dataset, version }))),
    '}',
  ].join('\n');
  return { plain, apa, bibtex };
}
