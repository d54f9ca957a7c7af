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
    const label = out.yAxis[0]!.axisLabel as { width: number; overflow: string; formatter: (v: string) => string };
    expect(label).toMatchObject({ width: 110, overflow: 'truncate' });
    // Rewrapped at the narrow width: two lines, then an ellipsis.
    expect(label.formatter('Frontier AI compute doubles every three to four months').split('\n')).toHaveLength(2);
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
    const none = {};
    expect(fitToNarrow(none)).toBe(none);
  });
});

describe('fitToNarrow() on bars', () => {
  it('drops labels written inside bar segments, and leaves other series and labels alone', () => {
    const bar = { type: 'bar', data: [{ value: 1, label: { show: true, position: 'inside' } }, { value: 2 }] };
    const scatter = { type: 'scatter', data: [{ value: 1, label: { show: true, position: 'inside' } }] };
    const outside = { type: 'bar', data: [{ value: 1, label: { show: true, position: 'right' } }] };
    const out = fitToNarrow({ series: [bar, scatter, outside] }) as { series: (typeof bar)[] };
    expect(out.series[0]!.data[0]).toEqual({ value: 1, label: { show: false, position: 'inside' } });
    expect(out.series[0]!.data[1]).toBe(bar.data[1]);
    expect(out.series[1]).toBe(scatter);
    expect(out.series[2]).toBe(outside);
    expect(bar.data[0]!.label!.show).toBe(true); // the input is untouched
  });
});
