import { useLayoutEffect, type RefObject } from 'react';
import { placePopover } from './popover-placement';

/**
 * Keeps an open popover inside the viewport (see placePopover): measured against its offset parent, its
 * anchor, when it opens and when the window is resized. Styles are set on the element directly, so a
 * re-render of the popover does not undo them.
 */
export function usePopoverPlacement(ref: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const anchor = el?.parentElement;
    if (!open || !el || !anchor) return;
    const place = () => {
      // Measure the natural size first: the caps of an earlier placement would shrink it.
      Object.assign(el.style, { left: '0px', right: 'auto', top: '0px', bottom: 'auto', maxWidth: '', maxHeight: '' });
      const natural = { width: el.offsetWidth, height: el.scrollHeight };
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const p = placePopover(anchor.getBoundingClientRect(), natural, viewport);
      Object.assign(el.style, {
        left: `${p.left}px`,
        top: p.top === undefined ? 'auto' : `${p.top}px`,
        bottom: p.bottom === undefined ? 'auto' : `${p.bottom}px`,
        maxWidth: `${p.maxWidth}px`,
        maxHeight: `${p.maxHeight}px`,
      });
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [ref, open]);
}
