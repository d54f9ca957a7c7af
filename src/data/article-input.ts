import { decodeCsvBytes } from './decode-file';

/** The longest article the page takes: a long report is ~100,000 characters; 5 MB is a mistake, not an article. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** An article ready for the proposer, or why not. */
export type ArticleInput = { ok: true; text: string; note?: string } | { ok: false; reason: string };

// Elements whose content is never article text: code, embedded documents, media, forms.
const DROPPED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, video, audio, source, track, img, picture, form, input, button, select, textarea, link, meta, head';
const BLOCK = /^(P|DIV|SECTION|ARTICLE|HEADER|FOOTER|MAIN|ASIDE|NAV|LI|UL|OL|DL|DT|DD|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|FIGURE|FIGCAPTION|HR|ADDRESS)$/;

/**
 * An HTML page reduced to its text. DOMParser builds an inert document (its scripts never run, its images
 * and frames never load); scripts, styles, frames and media are removed, event handlers vanish with the
 * markup, and only text nodes are read, a line break after each block.
 */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(DROPPED)) el.remove();
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') out.push('\n');
      for (const c of n.childNodes) walk(c);
      if (BLOCK.test(tag)) out.push('\n');
    }
  };
  if (doc.body) walk(doc.body);
  return tidy(out.join(''));
}

/** Spaces and blank lines as a reader expects: no trailing spaces, at most one empty line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const looksLikeHtml = (name: string, text: string) =>
  /\.(html?|xhtml)$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text);

/** A pasted article: checked for size and emptiness; pasted HTML source is reduced to its text. */
export function pastedArticle(text: string, parser?: DOMParser): ArticleInput {
  if (text.trim() === '') return { ok: false, reason: 'the article is empty: paste its text or drop a file' };
  if (text.length > MAX_ARTICLE_CHARS) {
    return { ok: false, reason: `the text is ${(text.length / 1e6).toFixed(1)} million characters; at most ${MAX_ARTICLE_CHARS / 1e6} million can be read (paste one article)` };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'the text holds binary data, not an article' };
  if (looksLikeHtml('', text)) return checkText(htmlToText(text, parser), 'the HTML was reduced to its text');
  return checkText(tidy(text));
}

function checkText(text: string, note?: string): ArticleInput {
  if (text === '') return { ok: false, reason: 'nothing readable is left: the file holds no article text' };
  return note ? { ok: true, text, note } : { ok: true, text };
}

/** A dropped .txt, .md or .html file: decoded (UTF-8, else GBK), HTML reduced to text, binaries refused. */
export function articleFromFile(name: string, bytes: Uint8Array, parser?: DOMParser): ArticleInput {
  if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(name)) {
    return { ok: false, reason: `"${name}" is not a .txt, .md or .html file` };
  }
  if (bytes.length > MAX_ARTICLE_CHARS * 4) {
    return { ok: false, reason: `the file is ${(bytes.length / 1e6).toFixed(1)} MB; an article is far smaller (one article at a time)` };
  }
  const decoded = decodeCsvBytes(bytes, 'article text');
  if (!decoded.ok) return decoded;
  const r = looksLikeHtml(name, decoded.text) ? checkText(htmlToText(decoded.text, parser), 'the HTML was reduced to its text') : pastedArticle(decoded.text);
  if (!r.ok || !decoded.note) return r;
  return { ...r, note: [r.note, decoded.note].filter(Boolean).join('; ') };
}
