import { describe, expect, it } from 'vitest';
import { ExportError, exportErrorText } from '../../src/domain/export-error';

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
