// Size presets and checks: kept apart from the layout so the page's first bundle holds only these.

/** Width and height of an exported figure in CSS pixels (before the pixel ratio). */
export interface ExportSize {
  width: number;
  height: number;
}

/** The size presets a user picks from; `screen` is the card's own on-screen size. */
export type PresetId = 'wide' | 'standard' | 'square' | 'screen';

/** Fixed presets: 16:9 slides, 4:3 slides, square posts. */
export const PRESETS: Readonly<Record<Exclude<PresetId, 'screen'>, ExportSize>> = {
  wide: { width: 1920, height: 1080 },
  standard: { width: 1600, height: 1200 },
  square: { width: 1080, height: 1080 },
};

/** Pixel ratios offered: 1 gives exactly the preset's pixels. */
export const PIXEL_RATIOS = [1, 2, 3] as const;

/** The size of a preset; `screen` needs the card's size. Fails loudly on anything else. */
export function presetSize(id: PresetId, screen?: ExportSize): ExportSize {
  if (id === 'screen') {
    if (!screen) throw new Error('invalid preset: screen (no on-screen size given)');
    return checkSize({ width: Math.round(screen.width), height: Math.round(screen.height) });
  }
  const size = PRESETS[id];
  if (!size) throw new Error(`invalid preset: ${String(id)}`);
  return size;
}

/** A size checked to be whole pixels in a range a canvas can hold. */
export function checkSize(size: ExportSize): ExportSize {
  for (const [name, v] of Object.entries(size))
    if (!Number.isInteger(v) || v < 200 || v > 4000) throw new Error(`invalid export ${name}: ${v}`);
  return size;
}

/** A pixel ratio checked to lie in 1–3. */
export function checkPixelRatio(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio < 1 || ratio > 3) throw new Error(`invalid pixel ratio: ${ratio}`);
  return ratio;
}
