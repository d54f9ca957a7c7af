import { describe, expect, it } from 'vitest';
import { USER_DATA_COLOR } from '../../src/charts/base-option';
import {
  deltaE2000,
  parseHex,
  perceivedDistance,
  simulateDeficiency,
  toLab,
  type Deficiency,
} from '../../src/charts/color-vision';
import { OKABE_ITO, sourceColors } from '../../src/charts/palette';

const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
// ΔE2000 of about 2 is just noticeable side by side; 10 keeps two small marks apart at a glance.
const MIN_DISTANCE = 10;

describe('deltaE2000()', () => {
  it('matches the reference pairs of Sharma, Wu and Dalal (2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(deltaE2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(2.0373, 4);
  });
  it('is zero for a colour and itself', () => {
    expect(deltaE2000(toLab(parseHex('#0072B2')), toLab(parseHex('#0072b2')))).toBe(0);
  });
});

describe('simulateDeficiency()', () => {
  it('leaves black, white and greys as they are', () => {
    for (const d of DEFICIENCIES)
      for (const hex of ['#000000', '#ffffff', '#777777']) {
        const seen = simulateDeficiency(parseHex(hex), d);
        parseHex(hex).forEach((v, i) => expect(seen[i]).toBeCloseTo(v, 2));
      }
  });
  it('makes red and green hard to tell apart for protanopes and deuteranopes, not for tritanopes', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    expect(perceivedDistance(red, green, 'deuteranopia')).toBeLessThan(perceivedDistance(red, green) / 2);
    expect(perceivedDistance(red, green, 'protanopia')).toBeLessThan(perceivedDistance(red, green) / 2);
    expect(perceivedDistance(red, green, 'tritanopia')).toBeGreaterThan(MIN_DISTANCE * 2);
  });
});

describe('the source palette', () => {
  // Up to eight sources are drawn together before the palette repeats, beside the "your data" grey.
  const together = [...new Set([...sourceColors(OKABE_ITO.map((_, i) => `s${i}`)).values()]), USER_DATA_COLOR];

  it('gives each of eight sources its own colour', () => {
    expect(together).toHaveLength(OKABE_ITO.length + 1);
  });

  for (const deficiency of [undefined, ...DEFICIENCIES]) {
    it(`keeps every pair of colours used together at least ΔE2000 ${MIN_DISTANCE} apart ${deficiency ? `under ${deficiency}` : 'for typical vision'}`, () => {
      const close: string[] = [];
      for (let i = 0; i < together.length; i++)
        for (let j = i + 1; j < together.length; j++) {
          const d = perceivedDistance(together[i]!, together[j]!, deficiency);
          if (d < MIN_DISTANCE) close.push(`${together[i]} ~ ${together[j]}: ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    });
  }
});
