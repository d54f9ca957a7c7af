import { describe, expect, it } from 'vitest';
import { baseOption } from '../../src/charts/base-option';
import { viewContext } from './view-context';

describe('baseOption()', () => {
  it('tells ECharts when the page is dark, so label halos take the dark background, not white', () => {
    expect(baseOption(viewContext({ dark: true }), 'd')).toMatchObject({
      darkMode: true,
      backgroundColor: 'transparent',
    });
    expect(baseOption(viewContext({ dark: false }), 'd')).toMatchObject({ darkMode: false });
  });

  it('describes the chart for screen readers and keeps the decal patterns on', () => {
    expect(baseOption(viewContext(), 'what it shows')).toMatchObject({
      aria: { enabled: true, label: { enabled: true, description: 'what it shows' }, decal: { show: true } },
    });
  });
});
