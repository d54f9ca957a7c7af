import type { PrebuiltTooltips } from '../charts/prebuilt-tooltips';

// The build's page as it stands in the document, read without the app (so before-app.ts, which must stay
// small, can use it as well as the take-over).

/**
 * The build's page in the language public/lang-boot.js chose, while it shows (not on a link to another
 * state, nor in dark mode, where lang-boot.js marks it stale and the app draws the page from scratch).
 */
export function shownPrerender(doc: Document): HTMLElement | undefined {
  const root = doc.getElementById('root');
  if (!root || !showsPrerender(root)) return undefined;
  const lang = doc.documentElement.dataset['lang'] === 'en' ? 'en' : 'zh';
  return root.querySelector<HTMLElement>(`:scope > .prerendered[data-prerender-lang="${lang}"]`) ?? undefined;
}

/** Whether the page shows the build's HTML: it has it, and public/lang-boot.js did not hide it. */
export function showsPrerender(root: Element): boolean {
  return (
    root.querySelector(':scope > .prerendered') !== null &&
    root.ownerDocument.documentElement.dataset['prerender'] !== 'stale'
  );
}

/**
 * Whether the shown build page has been read past its first screen: the element after the comparison has
 * begun, so the comparison (its pictures and their tooltips) is whole. Also true when the page is not
 * the build's (nothing to wait for).
 */
export function firstScreenIn(doc: Document): boolean {
  if (doc.documentElement.dataset['prerender'] === 'stale') return true;
  return shownPrerender(doc)?.querySelector('main.views > .compare-panel + *') != null;
}

/** The pictures whose tooltips src/app/prerender-hover.ts answers: the first screen's, of the shown page. */
export function pictureHosts(doc: Document): HTMLElement[] {
  const page = shownPrerender(doc);
  return page ? [...page.querySelectorAll<HTMLElement>('[data-prerender-key] > [data-drawing]')] : [];
}

/** The tooltips the build wrote beside a slot's pictures (src/app/picture-drawer.ts), if any. */
export function slotTips(slot: Element): PrebuiltTooltips | undefined {
  const json = slot.querySelector(':scope > script.pic-tips')?.textContent;
  if (!json) return undefined;
  try {
    return JSON.parse(json) as PrebuiltTooltips;
  } catch {
    return undefined; // the picture stays a picture
  }
}

const GAP = 14;

/**
 * Where a tooltip of size `tip` goes for a pointer at (x, y) in a box of size `box` (coordinates inside
 * the box): below right of the pointer, flipped to the other side where it would leave the box, and kept
 * inside it as ECharts' `confine` keeps the page's tooltip.
 */
export function tipPosition(
  tip: { width: number; height: number },
  box: { width: number; height: number },
  x: number,
  y: number,
): { left: number; top: number } {
  const side = (at: number, size: number, room: number) => {
    const after = at + GAP;
    const place = after + size <= room ? after : at - GAP - size;
    return Math.max(0, Math.min(place, room - size));
  };
  return { left: side(x, tip.width, box.width), top: side(y, tip.height, box.height) };
}

/** Shows `tip` for a pointer at page coordinates (clientX, clientY) over a box at `rect`. */
export function placeTip(tip: HTMLElement, rect: DOMRect, clientX: number, clientY: number): void {
  const { left, top } = tipPosition(
    { width: tip.offsetWidth, height: tip.offsetHeight },
    { width: rect.width, height: rect.height },
    clientX - rect.left,
    clientY - rect.top,
  );
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}
