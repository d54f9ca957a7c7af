import { describe, expect, it } from 'vitest';
import { MESSAGES, t } from '../../src/domain/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('MESSAGES', () => {
  it('says everything in Chinese and English, with the same placeholders', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.zh.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(placeholders(m.zh), key).toEqual(placeholders(m.en));
    }
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('saved', 'en', { file: 'a.png' })).toBe('Saved a.png');
    expect(t('saved', 'zh')).toBe('已保存 {file}');
    expect(t('showMoreRows', 'en')).toBe('Show {n} more');
  });
});
