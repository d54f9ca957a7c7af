import { useEffect, useState } from 'react';
import { buildView, buildViews, type BuiltView } from '../charts/build-views';
import type { ViewContext, ViewSpec } from '../charts/view-types';
import type { Claim } from '../data/claim';

/** How long one slice of building may hold the main thread before it yields to input and painting. */
const SLICE_MS = 12;

/** How long each view last took to build (ms): what a slice expects it to take next time. */
const lastCost = new WeakMap<ViewSpec, number>();

/**
 * Every view built from `claims`, a few at a time between tasks, so building all of them for a large
 * import (about a second at 100,000 claims) never blocks the page in one long task; the result arrives
 * when the last view is built, and a newer input abandons an older build. Until then the previous result
 * stands (at first: every view built from no claims).
 */
export function useViewsInSlices(
  views: readonly ViewSpec[],
  claims: readonly Claim[],
  ctx: ViewContext,
  startBuilt = false,
  schedule: (step: () => void) => () => void = nextTask,
): BuiltView[] {
  // Built at once from `claims` when `startBuilt` (a page taken over from the build's HTML must show every view).
  const [first] = useState(() => ({ views, claims: startBuilt ? claims : [], ctx }));
  const [built, setBuilt] = useState<BuiltView[]>(() => buildViews(views, first.claims, ctx));
  useEffect(() => {
    // What the first render built needs no second build.
    if (views === first.views && claims === first.claims && ctx === first.ctx) return;
    const out: BuiltView[] = [];
    let cancel = () => {};
    const step = () => {
      const started = performance.now();
      // A view joins this slice only if its last build fits in what is left of it: the timeline alone
      // takes ~190 ms at 100,000 claims, and started late in a slice it made one long task of both.
      // Every slice builds at least one view, so the build always moves on.
      for (let inSlice = 0; out.length < views.length; inSlice++) {
        const spec = views[out.length]!;
        const elapsed = performance.now() - started;
        if (inSlice > 0 && elapsed + (lastCost.get(spec) ?? 0) >= SLICE_MS) break;
        const t0 = performance.now();
        out.push(buildView(spec, claims, ctx));
        lastCost.set(spec, performance.now() - t0);
        if (performance.now() - started >= SLICE_MS) break;
      }
      if (out.length < views.length) cancel = schedule(step);
      else setBuilt(out);
    };
    cancel = schedule(step);
    return () => cancel();
  }, [views, claims, ctx, schedule, first]);
  return built;
}

/** Runs `step` in a new task (after pending input and rendering); returns a canceller. */
function nextTask(step: () => void): () => void {
  const id = setTimeout(step, 0);
  return () => clearTimeout(id);
}
