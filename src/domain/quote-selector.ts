/**
 * Stable pointers to a quote in its source, so a citation survives copy-paste and re-hosting:
 * a W3C Web Annotation TextQuoteSelector + TextPositionSelector pair, and a URL text fragment
 * (#:~:text=) that makes the browser scroll to and highlight the sentence on the original page.
 */

/** W3C Web Annotation selectors for one quote. */
export interface QuoteSelector {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

const CONTEXT = 32;

/**
 * Selectors for text[start, end). Offsets count Unicode code points, as the W3C model asks; the JS string
 * offsets the validator computes (UTF-16 units) are converted here, so astral characters do not skew them.
 */
export function quoteSelector(text: string, start: number, end: number, context = CONTEXT): QuoteSelector {
  const before = Array.from(text.slice(0, start));
  const exact = text.slice(start, end);
  const after = Array.from(text.slice(end));
  const cpStart = before.length;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: before.slice(-context).join(''),
      suffix: after.slice(0, context).join(''),
    },
    position: { type: 'TextPositionSelector', start: cpStart, end: cpStart + Array.from(exact).length },
  };
}

// Text fragments reserve these characters; percent-encode them beyond what encodeURIComponent does.
const encodeFragmentPart = (s: string) =>
  encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/**
 * A link that opens the original page with the quote highlighted (Chromium, Safari, Firefox ≥131).
 * Long quotes use the textStart,textEnd form so the URL stays short and robust to small differences inside.
 */
export function textFragmentUrl(url: string, exact: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  const base = url.split('#')[0]!;
  const chars = Array.from(exact.trim());
  const directive =
    chars.length <= 40
      ? encodeFragmentPart(chars.join(''))
      : `${encodeFragmentPart(chars.slice(0, 16).join(''))},${encodeFragmentPart(chars.slice(-16).join(''))}`;
  return `${base}#:~:text=${directive}`;
}
