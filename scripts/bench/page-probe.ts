// What the bench installs in the page before any of its scripts run (page.addInitScript). Everything here
// runs in the browser; it is serialised by Playwright, so it may use nothing from its module scope.

/** The subset of an ECharts instance the probe uses. */
interface ChartLike {
  on: (event: string, handler: () => void) => void;
  getDom: () => HTMLElement;
}

/** When one chart instance was registered, last drew a frame, and last said it was finished. */
export interface ChartTimes {
  hookedAt: number;
  lastRendered: number;
  lastFinished: number;
}

/** How long it took, after a moment `since`, until every chart on the page had finished drawing. */
export interface Settled {
  ms: number;
  /** To the first animation frame: roughly the React render and commit the change caused. */
  firstFrameMs: number;
  charts: number;
  /** Charts that drew again (or were created) after `since`. */
  updated: number;
  timedOut: boolean;
}

/** The main thread while an import's worker parsed: file chosen → the worker's answer. */
export interface ParseWindow {
  chosenAt: number;
  answeredAt: number;
  /** Heartbeat ticks (every 50 ms) in the window, and the longest gap between them. */
  beats: number;
  maxBeatGap: number;
  longTasks: number;
  maxLongTask: number;
}

/** What the probe records; all times are performance.now() in the page (ms since navigation start). */
export interface BenchProbe {
  firstRendered?: number;
  firstFinished?: number;
  /** The frame after #root first got content (React's first commit). */
  rootPainted?: number;
  /** The frame after a chart's picture or canvas first stood visible in the page (the build's or the app's). */
  firstChartVisible?: number;
  /**
   * When the first chart on screen answers the pointer with its tooltip: the earlier of pictureAnswers and
   * chartAnswers.
   */
  firstInteractive?: number;
  /** The frame after a build's picture on screen got its tooltips (src/app/prerender-hover.ts). */
  pictureAnswers?: number;
  /** When the first chart finished drawing an option with its tooltip (ECharts answers from then on). */
  chartAnswers?: number;
  /** Layout shifts so far (their sum is the cumulative layout shift). */
  shifts: number[];
  charts: Map<ChartLike, ChartTimes>;
  longTasks: { start: number; duration: number }[];
  /** A setInterval heartbeat every 50 ms: gaps show when the main thread was blocked. */
  beats: number[];
  fileChosenAt?: number;
  /** When a worker's answer reached the page. */
  workerMessages: number[];
  /** The last import's parse window, also logged as `__bench:parse {json}` for when the page then freezes. */
  parse?: ParseWindow;
  /** When #import [data-status] last changed, and to what. */
  importStatus?: { value: string; at: number };
  /** Waits until every chart host has a live chart that finished after `since`. */
  settle: (since: number, timeoutMs: number) => Promise<Settled>;
}

declare global {
  interface Window {
    /** The bench's probe, in pages the bench opened. */
    __bench?: BenchProbe;
  }
}

/**
 * Installs the probe. Charts are hooked the moment the app registers them: the app assigns
 * window.__dashboard once, so a setter wraps `set` of the registry map it exposes, and each instance gets
 * 'rendered' and 'finished' listeners before its first (lazy) frame. Polling could miss that frame.
 */
export function installProbe(): void {
  const now = () => performance.now();
  const charts = new Map<ChartLike, ChartTimes>();
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(now())));
  const watch = (chart: ChartLike) => {
    const times: ChartTimes = { hookedAt: now(), lastRendered: -1, lastFinished: -1 };
    charts.set(chart, times);
    chart.on('rendered', () => {
      times.lastRendered = now();
      probe.firstRendered ??= times.lastRendered;
    });
    chart.on('finished', () => {
      times.lastFinished = now();
      probe.firstFinished ??= times.lastFinished;
      const option = (chart as ChartLike & { getOption?: () => { tooltip?: unknown[] } }).getOption?.();
      if (probe.chartAnswers === undefined && option?.tooltip?.length) {
        probe.chartAnswers = now();
        probe.firstInteractive ??= probe.chartAnswers;
      }
    });
  };
  let registry: Map<string, ChartLike> | undefined;
  let hook: { charts: () => Map<string, ChartLike> } | undefined;
  Object.defineProperty(window, '__dashboard', {
    configurable: true,
    get: () => hook,
    set: (value: { charts: () => Map<string, ChartLike> }) => {
      hook = value;
      const map = value.charts();
      const set = map.set.bind(map);
      map.set = (id: string, chart: ChartLike) => {
        watch(chart);
        return set(id, chart);
      };
      registry = map;
    },
  });

  const settle = async (since: number, timeoutMs: number): Promise<Settled> => {
    const firstFrame = await frame();
    // Look only after a second frame (React has committed and ECharts' lazy update has run), but measure to
    // the moment the last chart finished: waiting for the frame is the probe's doing, not the page's.
    await frame();
    for (;;) {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-view-chart]')];
      let pending = 0;
      let updated = 0;
      let end = firstFrame;
      for (const host of hosts) {
        const chart = registry?.get(host.dataset['viewChart'] ?? '');
        const times = chart && charts.get(chart);
        // A host without its live chart is a chart still being created.
        if (!chart || !times || !host.contains(chart.getDom())) pending++;
        else if (times.hookedAt > since || times.lastRendered > since) {
          updated++;
          if (times.lastFinished < Math.max(times.lastRendered, since)) pending++;
          else end = Math.max(end, times.lastFinished);
        }
      }
      const result = { ms: end - since, firstFrameMs: firstFrame - since, charts: hosts.length, updated };
      if (pending === 0) return { ...result, timedOut: false };
      if (now() - since > timeoutMs) return { ...result, ms: NaN, timedOut: true };
      await frame();
    }
  };

  const probe: BenchProbe = { charts, longTasks: [], beats: [], workerMessages: [], shifts: [], settle };
  window.__bench = probe;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) probe.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // no Layout Instability API: no shifts recorded
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the heartbeat still shows blocking.
  }
  setInterval(() => probe.beats.push(now()), 50);

  // Summarised the moment the answer arrives, before the app's handler (registered later) can block the page.
  const onAnswer = () => {
    const at = now();
    probe.workerMessages.push(at);
    const chosen = probe.fileChosenAt;
    if (chosen === undefined) return; // an import restored at start-up
    const beats = [chosen, ...probe.beats.filter((b) => b > chosen), at];
    const tasks = probe.longTasks.filter((t) => t.start + t.duration > chosen);
    probe.parse = {
      chosenAt: chosen,
      answeredAt: at,
      beats: beats.length - 2,
      maxBeatGap: Math.max(...beats.slice(1).map((b, i) => b - beats[i]!)),
      longTasks: tasks.length,
      maxLongTask: Math.max(0, ...tasks.map((t) => t.duration)),
    };
    console.debug(`__bench:parse ${JSON.stringify(probe.parse)}`);
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', onAnswer);
    }
  };
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'file') probe.fileChosenAt = now();
    },
    true,
  );
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target;
      if (r.type === 'attributes' && el instanceof HTMLElement && el.closest('#import')) {
        probe.importStatus = { value: el.dataset['status'] ?? '', at: now() };
      }
    }
    if (probe.pictureAnswers === undefined) {
      const answering = [...document.querySelectorAll('[data-view-chart] [data-answers]')].some(
        (e) => e.getClientRects().length > 0 && e.getBoundingClientRect().top < window.innerHeight,
      );
      if (answering) {
        probe.pictureAnswers = -1;
        void frame().then((t) => {
          probe.pictureAnswers = t;
          if (probe.firstInteractive === undefined || probe.firstInteractive > t) probe.firstInteractive = t;
        });
      }
    }
    if (probe.firstChartVisible === undefined) {
      const shown = [
        ...document.querySelectorAll('[data-view-chart] svg, [data-view-chart] img, [data-view-chart] canvas'),
      ].some((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().top < window.innerHeight);
      if (shown) {
        probe.firstChartVisible = -1;
        void frame().then((t) => (probe.firstChartVisible = t));
      }
    }
    const root = document.getElementById('root');
    if (probe.rootPainted === undefined && root?.firstChild) {
      probe.rootPainted = -1; // once: the frame below sets it
      void frame().then((t) => (probe.rootPainted = t));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-answers'] });
}
