import type { EChartsType } from 'echarts/core';
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { isPointKey, nextPointIndex, readingOrder, type ChartMark } from '../charts/point-order';
import { chartMarks } from '../echarts/chart-registry';

/** What the live region says about the point a keyboard landed on (its place among n points, 1-based). */
export type Announcer = (claimId: string, position: { i: number; n: number }) => string;

/** ECharts' own actions for a data item: highlight or not, and its tooltip. */
function act(chart: EChartsType, type: 'highlight' | 'downplay' | 'showTip', m: ChartMark): void {
  chart.dispatchAction({ type, seriesIndex: m.seriesIndex, dataIndex: m.dataIndex });
}

/**
 * Keyboard use of one chart, the chart being one Tab stop: the arrow keys step through its points in reading
 * order (src/charts/point-order.ts), Home / End jump to the first / last, Enter opens the focused point's
 * source (as a click does), Escape leaves the point. The focused point is highlighted with its tooltip
 * shown, the same as under the mouse, and `live` is what a polite live region should say about it.
 */
export function useChartKeyboard(
  chart: RefObject<EChartsType | undefined>,
  onSelectClaim: RefObject<(claimId: string) => void>,
  announce: Announcer | undefined,
) {
  const [live, setLive] = useState('');
  const focused = useRef<ChartMark | undefined>(undefined);

  const leave = useCallback(() => {
    const c = chart.current;
    const m = focused.current;
    focused.current = undefined;
    if (!c || c.isDisposed() || !m) return;
    act(c, 'downplay', m);
    c.dispatchAction({ type: 'hideTip' });
  }, [chart]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const c = chart.current;
      if (!c || c.isDisposed()) return;
      if (isPointKey(e.key)) {
        // Read where the points are now: a filter or a resize may have moved them since the last key.
        const order = readingOrder(chartMarks(c));
        if (order.length === 0) return;
        e.preventDefault();
        const at = focused.current ? order.findIndex((m) => m.claimId === focused.current!.claimId) : -1;
        const i = nextPointIndex(at < 0 ? undefined : at, e.key, order.length)!;
        const mark = order[i]!;
        if (focused.current) act(c, 'downplay', focused.current);
        focused.current = mark;
        act(c, 'highlight', mark);
        act(c, 'showTip', mark);
        setLive(announce?.(mark.claimId, { i: i + 1, n: order.length }) ?? '');
      } else if (e.key === 'Enter' && focused.current) {
        e.preventDefault();
        onSelectClaim.current(focused.current.claimId);
      } else if (e.key === 'Escape' && focused.current) {
        e.preventDefault();
        leave();
        setLive('');
      }
    },
    [chart, onSelectClaim, announce, leave],
  );

  return { live, onKeyDown, onBlur: leave };
}
