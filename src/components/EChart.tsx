import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { needsExtras } from '../charts/echarts-needs';
import { chartInstances } from './chart-registry';
import { chartExtrasLoaded, echarts, loadChartExtras } from './echarts-setup';

interface Props {
  viewId: string;
  option: EChartsCoreOption;
  height: number;
  onSelectClaim: (claimId: string) => void;
  ariaLabel: string;
}

/** The one ECharts wrapper: renders an option, reports clicks on claim marks, registers the instance. */
export function EChart({ viewId, option, height, onSelectClaim, ariaLabel }: Props) {
  const select = useRef(onSelectClaim);
  const chart = useRef<EChartsType | undefined>(undefined);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    select.current = onSelectClaim;
  }, [onSelectClaim]);
  const onEvents = useMemo(
    () => ({
      click: (p: { data?: { claimId?: string } }) => {
        if (p.data?.claimId) select.current(p.data.claimId);
      },
    }),
    [],
  );
  // No animation on screen: analysts read values, and a replayed 1 s transition on every filter change
  // is time spent looking at positions that are not the data (exports are still, too).
  const still = useMemo(() => ({ ...option, animation: false }), [option]);
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  const ready = useChartModules(option);
  useEffect(() => () => void chartInstances.delete(viewId), [viewId]);
  // Our own resize watch instead of echarts-for-react's: a height change already resizes the chart in the
  // same commit as its new option (one redraw), and the library's observer would then redraw it again.
  // Here a size change redraws only when the chart's size really differs from its box.
  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => {
      const c = chart.current;
      if (!c || c.isDisposed()) return;
      const dom = c.getDom();
      if (dom.clientWidth !== c.getWidth() || dom.clientHeight !== c.getHeight()) c.resize();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ready]);
  if (!ready) return <div className="echart-placeholder" style={style} aria-hidden="true" />;
  return (
    <div ref={host} role="img" aria-label={ariaLabel} className="echart-host" data-view-chart={viewId}>
      <ReactEChartsCore
        echarts={echarts}
        option={still}
        notMerge
        lazyUpdate
        autoResize={false}
        style={style}
        onEvents={onEvents}
        onChartReady={(inst: EChartsType) => {
          chart.current = inst;
          chartInstances.set(viewId, inst);
        }}
      />
    </div>
  );
}

/**
 * Whether the ECharts modules an option uses are registered; loads the on-demand part when it is not.
 * Drawing before that would silently drop the lines and markers the option asks for.
 */
function useChartModules(option: EChartsCoreOption): boolean {
  const needed = useMemo(() => needsExtras(option), [option]);
  const [loaded, setLoaded] = useState(chartExtrasLoaded);
  const [failed, setFailed] = useState<Error | undefined>();
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    loadChartExtras().then(
      () => live && setLoaded(true),
      (e: unknown) => live && setFailed(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  // A chunk that cannot load (offline after a new release) fails this card only, through its error boundary.
  if (failed) throw new Error(`the chart code could not be loaded (${failed.message})`);
  return !needed || loaded;
}
