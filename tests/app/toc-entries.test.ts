import { describe, expect, it } from 'vitest';
import { currentSection, tocGroups } from '../../src/app/toc-entries';
import { VIEWS } from '../../src/views/views';

describe('tocGroups()', () => {
  it('lists the comparison and every view card in page order, then the panels and the table', () => {
    const groups = tocGroups(VIEWS, 'en');
    const targets = groups.flatMap((g) => g.entries.map((e) => e.target));
    expect(targets).toEqual([
      'compare',
      ...VIEWS.map((v) => `view-${v.id}`),
      'add-source',
      'import',
      'audit',
      'claims-table-title',
    ]);
    expect(groups[0]!.entries[4]).toEqual({ target: 'view-liquid-cooling', label: 'Liquid-cooled servers' });
  });

  it('names every link in Chinese too', () => {
    const zh = tocGroups(VIEWS, 'zh').flatMap((g) => [g.heading, ...g.entries.map((e) => e.label)]);
    expect(zh).toContain('液冷服务器市场');
    expect(zh).toContain('论断表');
  });
});

describe('currentSection()', () => {
  const order = ['a', 'b', 'c'];
  it('is the first section in the reading band, in page order', () => {
    expect(currentSection(order, new Set(['c', 'b']), undefined)).toBe('b');
  });
  it('keeps the current section while it is still in the band', () => {
    expect(currentSection(order, new Set(['b', 'c']), 'c')).toBe('c');
  });
  it('keeps the last section while the band falls between two', () => {
    expect(currentSection(order, new Set(), 'a')).toBe('a');
  });
});
