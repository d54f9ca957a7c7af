import { useEffect, useState } from 'react';
import { currentSection } from './toc-entries';

/** Where the reading band lies: from 8 % to 35 % of the window's height, measured from its top. */
const BAND = '-8% 0px -65% 0px';

/** The element a table-of-contents target stands for: the whole card or section its id (or heading) is in. */
function sectionOf(id: string): Element | null {
  const el = document.getElementById(id);
  return el?.closest('section, article') ?? el;
}

/**
 * The id of the section in view, among `targets` (in page order), followed with an IntersectionObserver.
 * Sections that mount later (the view cards and panels load when the browser is idle) are picked up as
 * they appear in `container`.
 */
export function useCurrentSection(targets: readonly string[], container: () => Element | null): string | undefined {
  const [current, setCurrent] = useState<string | undefined>();
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const inBand = new Set<string>();
    const idOf = new Map<Element, string>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = idOf.get(e.target);
          if (!id) continue;
          if (e.isIntersecting) inBand.add(id);
          else inBand.delete(id);
        }
        setCurrent((prev) => currentSection(targets, inBand, prev));
      },
      { rootMargin: BAND },
    );
    const observeAll = () => {
      for (const id of targets) {
        const el = sectionOf(id);
        if (!el || idOf.has(el)) continue;
        idOf.set(el, id);
        io.observe(el);
      }
    };
    observeAll();
    const box = container();
    const mo = box ? new MutationObserver(observeAll) : undefined;
    if (box) mo?.observe(box, { childList: true });
    // A link of the contents was followed: its section is where the reader is, even beside another card.
    const onHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (targets.includes(id)) setCurrent(id);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      io.disconnect();
      mo?.disconnect();
      window.removeEventListener('hashchange', onHash);
    };
  }, [targets, container]);
  return current;
}
