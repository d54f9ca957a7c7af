import { useLayoutEffect, useRef } from 'react';

/**
 * Part of the build's page (scripts/prerender.ts), kept on screen in its place while the code that
 * renders it is still loading: its elements are moved into the parent of an invisible anchor, where the
 * part's own components will stand, and taken out again when they arrive (in the same commit, so nothing
 * moves or flashes). The elements are the build's HTML, never text from the page's users.
 */
export function BuildHtml({ nodes }: { nodes: readonly Element[] }) {
  const anchor = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const a = anchor.current;
    if (!a?.parentNode) return;
    for (const n of nodes) a.parentNode.insertBefore(n, a);
    return () => {
      for (const n of nodes) n.remove();
    };
  }, [nodes]);
  return <span ref={anchor} hidden data-build-html="" />;
}
