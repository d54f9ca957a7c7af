import { describe, expect, it } from 'vitest';
import { ExportError, exportErrorText } from '../../src/export/export-error';
import { EXPORT_MESSAGES, te } from '../../src/export/export-messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('EXPORT_MESSAGES', () => {
  it('says everything in Chinese and English, with the same placeholders', () => {
    for (const [key, m] of Object.entries(EXPORT_MESSAGES)) {
      expect(m.zh.trim(), key).not.toBe('');
      expect(m.en.trim(), key).not.toBe('');
      expect(placeholders(m.zh), key).toEqual(placeholders(m.en));
    }
  });
});

describe('te()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(te('saved', 'en', { file: 'a.png' })).toBe('Saved a.png');
    expect(te('saved', 'zh')).toBe('已保存 {file}');
  });
});

describe('exportErrorText()', () => {
  it('words an ExportError in the reader’s language, with the browser’s detail', () => {
    expect(exportErrorText(new ExportError('clipboardRefused', 'NotAllowedError'), 'en')).toBe(
      'The browser refused clipboard access (NotAllowedError); download the PNG instead.',
    );
  });
  it('wraps any other error as a failed export, never an empty message', () => {
    expect(exportErrorText(new Error('canvas too large'), 'zh')).toBe('导出失败：canvas too large');
    expect(exportErrorText('odd', 'en')).toBe('The export failed: odd');
  });
});
