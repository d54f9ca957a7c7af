/**
 * Clicks and entries on the build's page before the app has taken it over, kept and given to the app's
 * page once it stands (a chip ticked in the first second would otherwise flip back when the app renders,
 * and a button would do nothing). Controls are matched by their place among the controls the app renders
 * at once, which the build renders the same: the header, the filters, the export bar and the comparison.
 * The parts whose code comes later (the view cards, the contents) stay the build's HTML then; their
 * links work without it, their buttons wait.
 */
export type EarlyInput = { index: number; kind: 'click' } | { index: number; kind: 'value'; value: string };

declare global {
  interface Window {
    /** Written by before-app.ts, read once by start.tsx: the two are separate bundles. */
    __earlyInput?: EarlyInput[];
  }
}

const CONTROLS = 'button, input, select';
const LATER_PARTS = 'main.views > :not(.compare-panel), nav.toc';

/** The controls of a page (the build's or the app's) that the app renders in its first commit, in order. */
export function firstRenderControls(page: Element): HTMLElement[] {
  return [...page.querySelectorAll<HTMLElement>(CONTROLS)].filter((el) => !el.closest(LATER_PARTS));
}

/** Whether a control takes a typed or chosen value (kept as its value) rather than a click. */
const takesValue = (el: Element): el is HTMLInputElement | HTMLSelectElement =>
  el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio');

/** Starts keeping what is done to the build's `page`; returns the list it fills (also window.__earlyInput). */
export function keepEarlyInput(page: HTMLElement, win: Window = window): EarlyInput[] {
  const kept: EarlyInput[] = [];
  win.__earlyInput = kept;
  const indexOf = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest(CONTROLS) : null;
    return el ? firstRenderControls(page).indexOf(el as HTMLElement) : -1;
  };
  page.addEventListener(
    'click',
    (e) => {
      const index = indexOf(e.target);
      if (index < 0 || takesValue(e.target as Element)) return;
      kept.push({ index, kind: 'click' });
      page.ownerDocument.documentElement.dataset['pending'] = '';
    },
    true,
  );
  page.addEventListener(
    'change',
    (e) => {
      const index = indexOf(e.target);
      if (index < 0 || !takesValue(e.target as Element)) return;
      kept.push({ index, kind: 'value', value: (e.target as HTMLInputElement).value });
      page.ownerDocument.documentElement.dataset['pending'] = '';
    },
    true,
  );
  return kept;
}

/**
 * Does the kept input again on the app's page, in order: clicks as clicks, values through the element's
 * own value setter and an input and a change event, which is how React sees a user's entry.
 */
export function replayEarlyInput(kept: readonly EarlyInput[], page: Element): void {
  const controls = firstRenderControls(page);
  for (const input of kept) {
    const el = controls[input.index];
    if (!el) continue;
    if (input.kind === 'click') el.click();
    else if (takesValue(el)) {
      const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, input.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  page.ownerDocument.documentElement.removeAttribute('data-pending');
}
