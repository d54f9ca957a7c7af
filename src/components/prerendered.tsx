import type { EChartsCoreOption } from 'echarts/core';
import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

/** The two pictures the build draws of a chart: for a desktop column and for a phone-width one. */
export interface PictureVariants {
  wide: EChartsCoreOption;
  narrow: EChartsCoreOption;
}

/**
 * The build draws each chart as a picture into the page's HTML (scripts/prerender.ts); `draw` returns
 * that picture's markup for the chart `key` at `height` px.
 */
export interface PictureDrawer {
  draw: (key: string, variants: PictureVariants, height: number) => string;
}

/**
 * The page's pictures from the build, taken out of the static HTML before the app renders, by chart key.
 * A chart shows its picture until ECharts has drawn it; `discard` drops them all when what the page shows
 * is no longer the build's default (a filter, the language), so no outdated picture stands in for a chart.
 */
export class PrerenderedPictures {
  private readonly byKey: Map<string, HTMLElement>;
  private readonly listeners = new Set<() => void>();
  private version = 0;
  constructor(byKey: Map<string, HTMLElement>) {
    this.byKey = byKey;
  }
  get(key: string): HTMLElement | undefined {
    return this.byKey.get(key);
  }
  /** The chart `key` has drawn itself: its picture is not needed again. */
  drop(key: string): void {
    if (this.byKey.delete(key)) this.changed();
  }
  discard(): void {
    if (this.byKey.size === 0) return;
    this.byKey.clear();
    this.changed();
  }
  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  snapshot = (): number => this.version;
  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** What the page was started from: the build (drawing pictures) or the browser taking over the build's HTML. */
export interface PrerenderMode {
  /** Set while the build renders the page to HTML. */
  drawer?: PictureDrawer;
  /** Set in the browser when the app takes over the build's HTML. */
  pictures?: PrerenderedPictures;
  /**
   * The build's HTML of the parts whose code loads after the first render (the view cards with the table,
   * the contents): shown in their place until it has loaded.
   */
  parts?: { views: readonly Element[]; toc: readonly Element[] };
}

export const PrerenderContext = createContext<PrerenderMode>({});

/**
 * Whether this render must equal the build's page (the build rendering it, or the app taking it over):
 * everything the build drew (every view, the table) renders at once instead of after the first idle
 * moment or a frame later.
 */
export function useRendersComplete(): boolean {
  const { drawer, pictures } = useContext(PrerenderContext);
  return drawer !== undefined || pictures !== undefined;
}

const noSubscribe = () => () => {};
const zero = () => 0;

/** The build's picture of chart `key`, while it has one. */
function usePicture(key: string): HTMLElement | undefined {
  const { pictures } = useContext(PrerenderContext);
  useSyncExternalStore(pictures?.subscribe ?? noSubscribe, pictures?.snapshot ?? zero, zero);
  return pictures?.get(key);
}

/**
 * The build's picture of a chart, laid over its box until the chart has drawn itself. The element is
 * moved, not copied, from the build's HTML: an image already decoded there paints in the same frame.
 */
export function PrerenderedSlot({ chartKey }: { chartKey: string }) {
  const picture = usePicture(chartKey);
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = slot.current;
    if (el && picture && picture.parentElement !== el) el.replaceChildren(picture);
  }, [picture]);
  const { drawer } = useContext(PrerenderContext);
  if (drawer) return null; // the build writes its picture itself (ServerPicture)
  return picture ? <div ref={slot} className="prerender-slot" aria-hidden="true" /> : null;
}

/** In the build: the chart's box with its pictures in it, as the page shows it before it takes over. */
export function ServerPicture({
  chartKey,
  variants,
  height,
}: {
  chartKey: string;
  variants: PictureVariants;
  height: number;
}) {
  const { drawer } = useContext(PrerenderContext);
  if (!drawer) return null;
  return (
    <div
      className="prerender-slot"
      data-prerender-key={chartKey}
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: drawer.draw(chartKey, variants, height) }}
    />
  );
}
