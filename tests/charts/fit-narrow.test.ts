import { describe, expect, it } from 'vitest';
import { fitToNarrow } from '../../src/charts/fit-narrow';

describe('fitToNarrow()', () => {
  it('narrows wide category labels and leaves value axes and the input alone', () => {
    const option = {
      yAxis: [
        { type: 'category', axisLabel: { width: 260, overflow: 'truncate' } },
        { type: 'value', axisLabel: {} },
      ],
    };
    const out = fitToNarrow(option) as typeof option;
    expect(out.yAxis[0]!.axisLabel).toEqual({ width: 110, overflow: 'truncate' });
    expect(out.yAxis[1]).toBe(option.yAxis[1]);
    expect(option.yAxis[0]!.axisLabel.width).toBe(260);
  });
  it('handles a single axis object and options without a y axis', () => {
    expect(
      (
        fitToNarrow({ yAxis: { type: 'category', axisLabel: { width: 300 } } }) as {
          yAxis: { axisLabel: { width: number } };
        }
      ).yAxis.axisLabel.width,
    ).toBe(110);
    const none = { series: [] };
    expect(fitToNarrow(none)).toBe(none);
  });
});
