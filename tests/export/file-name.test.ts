import { describe, expect, it } from 'vitest';
import { exportFileName, isoDay, slugify } from '../../src/export/file-name';

const day = new Date(2026, 10, 26, 23, 59); // local time: the user's own date

describe('exportFileName()', () => {
  it('says what the chart is, its pixel size and the day', () => {
    expect(exportFileName('compute-growth', 'png', day, { width: 1920, height: 1080 })).toBe(
      'ai-compute-claims_compute-growth_1920x1080_2026-11-26.png',
    );
  });
  it('leaves the size out of data files', () => {
    expect(exportFileName('claims', 'csv', day)).toBe('ai-compute-claims_claims_2026-11-26.csv');
    expect(exportFileName('deck', '.pptx', day)).toBe('ai-compute-claims_deck_2026-11-26.pptx');
  });
  it('turns any name into a safe kebab-case slug', () => {
    expect(slugify('Compare: AI compute / growth ×10')).toBe('compare-ai-compute-growth-10');
    expect(slugify('算力')).toBe('figure');
    expect(exportFileName('../../etc/passwd', 'svg', day)).toBe('ai-compute-claims_etc-passwd_2026-11-26.svg');
  });
  it('pads months and days', () => {
    expect(isoDay(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
