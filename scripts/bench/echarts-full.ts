// The comparison build's stand-in for src/echarts/echarts-setup.ts (BENCH_FULL_ECHARTS=1 in vite.config.ts):
// the whole library, as an app that never went modular would import it.
import * as echarts from 'echarts';

/** Nothing to load on demand: everything is registered already. */
export const loadChartExtras = (): Promise<void> => Promise.resolve();
export const chartExtrasLoaded = (): boolean => true;
export const loadTooltip = (): Promise<void> => Promise.resolve();
export const chartTooltipLoaded = (): boolean => true;

/** All of ECharts, under the name the app's modules import. */
export { echarts };
