import type { Claim } from '../data/claim';
import type { ViewContext, ViewResult, ViewSpec } from './view-types';

/** One view built for the current claims: its result, or the error its builder threw. */
export interface BuiltView {
  spec: ViewSpec;
  claims: Claim[];
  result: ViewResult | Error;
}

// Builders are pure, so a view is built once per (claims, context): after a filter click the card near the
// viewport builds its view at once, and the page's deferred pass over every view (use-views-in-slices.ts),
// given the same arrays a frame later, takes that result instead of building it again. Weak keys: the
// results go with the claims they were built from.
const builtFor = new WeakMap<readonly Claim[], WeakMap<ViewContext, Map<ViewSpec, BuiltView>>>();

/**
 * Builds one view from the page's claims; a throwing builder becomes an Error value so only its card shows it.
 * The same claims and context (the same objects) give the same result object; callers must not mutate it.
 */
export function buildView(spec: ViewSpec, claims: readonly Claim[], ctx: ViewContext): BuiltView {
  const byCtx = builtFor.get(claims) ?? new WeakMap<ViewContext, Map<ViewSpec, BuiltView>>();
  builtFor.set(claims, byCtx);
  const bySpec = byCtx.get(ctx) ?? new Map<ViewSpec, BuiltView>();
  byCtx.set(ctx, bySpec);
  const known = bySpec.get(spec);
  if (known) return known;
  const built = buildViewNow(spec, claims, ctx);
  bySpec.set(spec, built);
  return built;
}

function buildViewNow(spec: ViewSpec, claims: readonly Claim[], ctx: ViewContext): BuiltView {
  const mine = claims.filter(spec.select);
  try {
    return { spec, claims: mine, result: spec.build(mine, ctx) };
  } catch (e) {
    return { spec, claims: mine, result: e instanceof Error ? e : new Error(String(e)) };
  }
}

/** Builds every view once (see buildView). */
export function buildViews(views: readonly ViewSpec[], claims: readonly Claim[], ctx: ViewContext): BuiltView[] {
  return views.map((spec) => buildView(spec, claims, ctx));
}

/**
 * Claims no view draws, each with the reason its own view gave, so the table can say why a claim has
 * no point anywhere. A claim drawn by any view (the timeline included) is not listed.
 */
export function notChartedReasons(built: readonly BuiltView[]): Map<string, string> {
  const shown = new Set(built.flatMap((b) => (b.result instanceof Error ? [] : b.result.shown)));
  const reasons = new Map<string, string>();
  for (const b of built) {
    if (b.result instanceof Error) continue;
    for (const o of b.result.omitted)
      if (!shown.has(o.claimId) && !reasons.has(o.claimId)) reasons.set(o.claimId, o.reason);
  }
  return reasons;
}
