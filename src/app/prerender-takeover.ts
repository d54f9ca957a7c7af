import { PrerenderedPictures } from '../components/prerendered';
import type { Lang } from '../domain/format-number';
import { showsPrerender } from './prerender-dom';

/**
 * The build's page in `lang`, when the app may take it over: the page opened in its default state (the
 * only one the build drew; public/lang-boot.js hid the prerendered page for any other link, marking
 * <html data-prerender="stale">) and light (the pictures are). Undefined otherwise: the app then renders
 * from scratch, replacing the build's HTML in its first commit.
 */
export function prerenderedPage(
  root: Element,
  lang: Lang,
  opts: { defaultState: boolean; dark: boolean },
): HTMLElement | undefined {
  if (!opts.defaultState || opts.dark || !showsPrerender(root)) return undefined;
  return root.querySelector<HTMLElement>(`:scope > .prerendered[data-prerender-lang="${lang}"]`) ?? undefined;
}

/** The build's HTML of the parts the app renders with code it loads later (PrerenderMode.parts). */
export function buildParts(page: Element): { views: Element[]; toc: Element[] } {
  return {
    views: [...page.querySelectorAll(':scope main.views > :not(.compare-panel)')],
    toc: [...page.querySelectorAll(':scope .layout > nav.toc')],
  };
}

/** The chart pictures of a prerendered page, by chart key, taken out of it for the app's charts to show. */
export function harvestPictures(page: Element): PrerenderedPictures {
  const byKey = new Map<string, HTMLElement>();
  for (const el of page.querySelectorAll<HTMLElement>('[data-prerender-key]')) {
    // Left in place: the app's charts move them into their boxes in the commit that replaces the page.
    byKey.set(el.dataset['prerenderKey']!, el);
  }
  return new PrerenderedPictures(byKey);
}
