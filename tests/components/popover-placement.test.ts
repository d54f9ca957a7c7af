import { describe, expect, it } from 'vitest';
import { placePopover, type Box } from '../../src/components/popover-placement';

const panel = { width: 290, height: 220 };
const button = (left: number, top: number, width = 70, height = 30): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** The popover's box in the viewport for a placement relative to its anchor. */
function boxOf(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const p = placePopover(anchor, size, viewport);
  const width = Math.min(size.width, p.maxWidth);
  const height = Math.min(size.height, p.maxHeight);
  const left = anchor.left + p.left;
  const top = p.top !== undefined ? anchor.top + p.top : anchor.bottom - p.bottom! - height;
  return { p, left, top, right: left + width, bottom: top + height };
}

const inside = (b: Box, vp: { width: number; height: number }) =>
  b.left >= 0 && b.top >= 0 && b.right <= vp.width && b.bottom <= vp.height;

describe('placePopover()', () => {
  it('right-aligns the popover with its anchor and opens it below when both fit', () => {
    const anchor = button(1300, 100);
    const p = placePopover(anchor, panel, { width: 1440, height: 900 });
    expect(p.left).toBe(70 - 290);
    expect(p.top).toBe(34);
    expect(p.bottom).toBeUndefined();
  });

  it('flips to left-aligned where right-aligning would cross the left edge (a button at the left of a phone)', () => {
    const p = placePopover(button(16, 100), panel, { width: 390, height: 844 });
    expect(p.left).toBe(0);
  });

  it('slides the popover inside where neither alignment fits, and narrows it to the viewport at worst', () => {
    const vp = { width: 320, height: 600 };
    const b = boxOf(button(120, 100, 80), panel, vp);
    expect(b.left).toBeGreaterThanOrEqual(8);
    expect(b.right).toBeLessThanOrEqual(312);
    const wide = boxOf(button(120, 100, 80), { width: 600, height: 200 }, vp);
    expect(wide.p.maxWidth).toBe(304);
    expect(inside(wide, vp)).toBe(true);
  });

  it('opens above where the anchor is near the bottom and there is more room above', () => {
    const p = placePopover(button(1300, 820), panel, { width: 1440, height: 900 });
    expect(p.top).toBeUndefined();
    expect(p.bottom).toBe(34);
    expect(p.maxHeight).toBe(820 - 12);
  });

  it('caps the height to the room there is, so a short viewport scrolls the popover inside', () => {
    const p = placePopover(button(100, 150), { width: 290, height: 500 }, { width: 390, height: 400 });
    expect(p.top).toBe(34);
    expect(p.maxHeight).toBe(400 - 180 - 12);
  });

  it('keeps the whole popover inside the viewport for anchors anywhere on screens from 390 to 1920 px', () => {
    for (const width of [390, 768, 1440, 1920])
      for (const height of [700, 1080])
        for (let x = 0; x + 70 <= width; x += 37)
          for (let y = 0; y + 30 <= height; y += 61) {
            const vp = { width, height };
            expect(inside(boxOf(button(x, y), panel, vp), vp), `${width}×${height} at ${x},${y}`).toBe(true);
          }
  });
});
