import type { Claim } from '../data/claim';
import { cagrPath, impliedCagrBase, projectCagr } from '../domain/cagr';
import { t } from '../domain/messages';
import {
  approx,
  derivedDatum,
  derivedHeading,
  derivedTooltipHtml,
  growthFactor,
  superscript,
  type DerivedDatum,
} from './liquid-cooling-derived';
import type { ViewContext } from '../charts/view-types';

/** A compute-capacity claim with a point value (EFLOPS or PFLOPS). */
export type Capacity = Claim & { value: number };
/** A CAGR claim with its rate and period. */
export type Rate = Claim & { value: number; periodStart: number; periodEnd: number };

/** Whether a claim is a capacity this view can put on the EFLOPS axis. */
export const isCapacity = (c: Claim): c is Capacity =>
  c.metric === 'compute_capacity' && (c.unit === 'EFLOPS' || c.unit === 'PFLOPS') && c.value !== undefined;

/** Whether a claim is a CAGR with a rate and a period. */
export const isRate = (c: Claim): c is Rate =>
  c.metric === 'cagr' &&
  c.unit === 'percent' &&
  c.value !== undefined &&
  c.periodStart !== undefined &&
  c.periodEnd !== undefined;

/** Capacity in EFLOPS: PFLOPS ÷ 1000, so Pengcheng's "16000P" and CCID's "360EFlops" share one axis. */
export const eflops = (c: Capacity): number => (c.unit === 'PFLOPS' ? c.value / 1000 : c.value);

/** "360 / 1.2³ ≈ 208 EFLOPS": the value of a year on the path, worked back from the stated end value. */
export function backLine(end: Capacity, r: Rate, year: number): string {
  const n = r.periodEnd - year;
  return `${eflops(end)} / ${growthFactor(r.value)}${superscript(n)} ≈ ${approx(impliedCagrBase(eflops(end), r.value, n))} EFLOPS`;
}

/** A derived path: its legend name, its line data, the values it spans, and where the rate claim sits on it. */
export interface CapacityPath {
  name: string;
  data: (DerivedDatum | { value: number[]; symbol: string })[];
  values: number[];
  rate: [number, number];
}

/**
 * The dashed path a CAGR implies back from the capacity stated for its last year: every earlier year is a
 * derived point whose tooltip shows the division and both quotes. The last year is the claim's own point.
 */
export function capacityPath(end: Capacity, r: Rate, color: string, ctx: ViewContext): CapacityPath {
  const { lang } = ctx;
  const base = impliedCagrBase(eflops(end), r.value, r.periodEnd - r.periodStart);
  // "More than 360" in the last year makes every year worked back from it a floor too.
  const floor = end.qualifier === 'more_than' || end.qualifier === 'at_least';
  const caveat = t('capacityFloorCaveat', lang, { year: r.periodEnd });
  const path = cagrPath(r.periodStart, base, r.value, r.periodEnd);
  const data = path.map(({ year, value }) => {
    if (year === r.periodEnd) return { value: [year, value], symbol: 'none' };
    const lines = [backLine(end, r, year), ...(floor ? [caveat] : [])];
    const html = derivedTooltipHtml(
      `≈ ${approx(value)} EFLOPS`,
      derivedHeading(String(year), lang),
      lines,
      [end, r],
      lang,
    );
    const point = derivedDatum([year, value], html, color, ctx);
    const text = t('derivedLabel', lang, { label: `≈${approx(value)}` });
    return year === r.periodStart ? { ...point, label: { show: true, position: 'bottom', formatter: text } } : point;
  });
  // The rate sits mid-span on the line it defines; a log axis draws that line straight, so interpolate in log.
  const mid = (r.periodStart + r.periodEnd) / 2;
  const at = (y: number) => projectCagr(base, r.value, y - r.periodStart);
  const y = ctx.logScale ? at(mid) : (at(Math.floor(mid)) + at(Math.ceil(mid))) / 2;
  const name = t('capacityPathName', lang, { rate: r.value, year: r.periodStart });
  return { name, data, values: path.map((p) => p.value), rate: [mid, y] };
}
