import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { extrasNeed } from '../echarts/echarts-needs';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { chartFirstOptions, chartInstances } from '../echarts/chart-registry';
import { chartExtrasLoaded, chartTooltipLoaded, echarts, loadChartExtras, loadTooltip } from '../echarts/echarts-setup';
import { useChartKeyboard, type Announcer } from './use-chart-keyboard';
import { stillOption } from '../charts/still-option';
import {
  PrerenderContext,
  PrerenderedSlot,
  ServerPicture,
  type PictureVariants,
  type PrerenderedPictures,
} from './prerendered';

interface Props {
  viewId: string;
  option: EChartsCoreOption;
  height: number;
  onSelectClaim: (claimId: string) => void;
  ariaLabel: string;
  lang: Lang;
  /** The chart's generated description (src/domain/chart-description.ts), given to ECharts' aria label too. */
  description?: string;
  /** Ids of the elements that describe the chart (its description and the keyboard help). */
  describedBy?: string;
  /** What the live region says about a point the keyboard lands on. */
  announce?: Announcer;
  /** The phone-width form of `option`, for the build's picture (the page draws the one its width needs). */
  narrowOption?: EChartsCoreOption;
}

/**
 * The one ECharts wrapper: renders an option, reports clicks on claim marks, registers the instance, and
 * makes the chart one Tab stop whose points the arrow keys step through (use-chart-keyboard.ts).
 */
export function EChart(props: Props) {
  const prerender = useContext(PrerenderContext);
  const { viewId, option, height, narrowOption, description } = props;
  if (prerender.drawer)
    return (
      <ChartBox {...props}>
        <ServerPicture
          chartKey={viewId}
          variants={pictureVariants(option, narrowOption, description)}
          height={height}
        />
      </ChartBox>
    );
  return <LiveChart {...props} pictures={prerender.pictures} />;
}

/** The build's two pictures of a chart: the option exactly as the page first draws it (stillOption). */
function pictureVariants(
  option: EChartsCoreOption,
  narrow: EChartsCoreOption | undefined,
  description: string | undefined,
): PictureVariants {
  return {
    wide: stillOption(option, { enhanced: true, description }),
    narrow: stillOption(narrow ?? option, { enhanced: true, description }),
  };
}

/** The chart's box as the build writes it: the same size and name as the live chart's. */
function ChartBox(p: Props & { children: React.ReactNode }) {
  return (
    <div
      role="application"
      aria-roledescription={t('chartRole', p.lang)}
      aria-label={p.ariaLabel}
      aria-describedby={p.describedBy}
      className="echart-host"
      data-view-chart={p.viewId}
    >
      {p.children}
      <div style={{ height: p.height, width: '100%' }} />
    </div>
  );
}

function LiveChart({
  viewId,
  option,
  height,
  onSelectClaim,
  ariaLabel,
  lang,
  description,
  describedBy,
  announce,
  pictures,
}: Props & { pictures?: PrerenderedPictures }) {
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
      // The chart has drawn itself: the build's picture under which it was drawn can go.
      finished: () => pictures?.drop(viewId),
    }),
    [pictures, viewId],
  );
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  const { ready, instanceKey, enhanced } = useChartModules(option);
  const keys = useChartKeyboard(chart, select, announce);
  // Drawn still, with its description: see stillOption().
  const still = useMemo(() => stillOption(option, { enhanced, description }), [option, enhanced, description]);
  useEffect(() => () => void chartInstances.delete(viewId), [viewId]);
  // Our own resize watch instead of echarts-for-react's: a height change already resizes the chart in the
  // same commit as its new option (one redraw), and the library's observer would then redraw it again.
  // Here a size change redraws only when the chart's size really differs from its box.
  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => fitChart(chart.current));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ready]);
  // A new height is applied in the commit that brings it, together with the new option (one redraw before
  // the frame is painted): echarts-for-react skips the first resize it is asked for, which would otherwise
  // leave it to the observer above, a second full redraw after the frame.
  useLayoutEffect(() => fitChart(chart.current), [height]);
  if (!ready)
    return (
      <div className="echart-placeholder" style={style} aria-hidden="true">
        <PrerenderedSlot chartKey={viewId} />
      </div>
    );
  // An application, not an image: screen readers then pass the arrow keys to the chart instead of reading on.
  return (
    <>
      <div
        ref={host}
        role="application"
        aria-roledescription={t('chartRole', lang)}
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        tabIndex={0}
        onKeyDown={keys.onKeyDown}
        onBlur={keys.onBlur}
        className="echart-host"
        data-view-chart={viewId}
      >
        <PrerenderedSlot chartKey={viewId} />
        <ReactEChartsCore
          key={instanceKey}
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
            if (!chartFirstOptions.has(viewId)) chartFirstOptions.set(viewId, still);
          }}
        />
      </div>
      <div className="visually-hidden" aria-live="polite" data-chart-live={viewId}>
        {keys.live}
      </div>
    </>
  );
}

/**
 * Loads the on-demand part of ECharts for an option that uses it, and says how to draw meanwhile:
 * `ready` is false while a chart that cannot be drawn without it waits; `instanceKey` changes when a chart
 * created before the extras were registered first needs them to draw, so React creates a new instance
 * (ECharts fixes an instance's processors at creation); `enhanced` says whether the extras (with the
 * tooltip, which only adds hovering) are registered.
 */
function useChartModules(option: EChartsCoreOption) {
  const need = useMemo(() => extrasNeed(option), [option]);
  const [loaded, setLoaded] = useState(chartExtrasLoaded);
  const [hovers, setHovers] = useState(chartTooltipLoaded);
  const [createdWithExtras, setCreatedWithExtras] = useState(chartExtrasLoaded);
  const [failed, setFailed] = useState<Error | undefined>();
  useEffect(() => {
    if (need === 'none' || (need === 'draw' ? loaded : hovers)) return;
    let live = true;
    // A chart that draws without the extras needs only the tooltip's chunk to hover.
    const load = () =>
      (need === 'draw' ? loadChartExtras() : loadTooltip()).then(
        () => {
          if (!live) return;
          setHovers(true);
          if (need === 'draw') setLoaded(true);
        },
        (e: unknown) => live && setFailed(e instanceof Error ? e : new Error(String(e))),
      );
    // Hovering can wait until the browser is idle: the first charts draw without competing with it.
    if (need === 'draw' || typeof requestIdleCallback !== 'function') void load();
    else {
      const id = requestIdleCallback(() => void load(), { timeout: 2000 });
      return () => {
        live = false;
        cancelIdleCallback(id);
      };
    }
    return () => {
      live = false;
    };
  }, [need, loaded, hovers]);
  // A chunk that cannot load (offline after a new release) fails this card only, through its error boundary.
  if (failed && need === 'draw') throw new Error(`the chart code could not be loaded (${failed.message})`);
  if (need === 'draw' && loaded && !createdWithExtras) setCreatedWithExtras(true);
  return {
    ready: need !== 'draw' || loaded,
    instanceKey: createdWithExtras ? 'with-extras' : 'core',
    enhanced: hovers,
  };
}

/** Resizes a chart to its box when the two differ (a resize is a full redraw, so never needlessly). */
function fitChart(c: EChartsType | undefined): void {
  if (!c || c.isDisposed()) return;
  const dom = c.getDom();
  // 'auto': echarts-for-react creates the chart with a fixed width and height, which a bare resize() keeps.
  if (dom.clientWidth !== c.getWidth() || dom.clientHeight !== c.getHeight())
    c.resize({ width: 'auto', height: 'auto' });
}
