import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether an element is within `margin` of the viewport, kept up to date by an IntersectionObserver.
 * Charts far below the fold need not be drawn (or redrawn on every filter change) until the reader
 * scrolls near them; the margin starts them a little before they appear. Where the browser has no
 * IntersectionObserver (jsdom, very old engines) everything counts as near, so nothing is ever hidden;
 * printing counts everything as near too.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: `${margin} 0px`,
    });
    io.observe(el);
    // A printed page (or "save as PDF") shows every chart, not the placeholders of those never scrolled to.
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, margin]);
  return near;
}

/**
 * `value` while `active`; while inactive, the last value seen when it was active (undefined if never).
 * A chart scrolled out of view keeps its picture instead of being redrawn for every filter change,
 * and catches up with one redraw when it comes back.
 */
export function useHeldWhileInactive<T>(value: T, active: boolean): T | undefined {
  const [held, setHeld] = useState<T | undefined>(active ? value : undefined);
  // Adjusting state while rendering (React's documented pattern for values derived from props): no extra commit.
  if (active && held !== value) setHeld(value);
  return active ? value : held;
}
