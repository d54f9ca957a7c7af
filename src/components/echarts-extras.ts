import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent, MarkPointComponent } from 'echarts/components';
import { echarts } from './echarts-setup';

// Imported only with `import()` (see loadChartExtras): the parts of ECharts the first chart does not use.
// Keep in step with EXTRA_* in src/charts/echarts-needs.ts (a test checks every view against both lists).
echarts.use([LineChart, BarChart, DataZoomComponent, MarkLineComponent, MarkPointComponent]);

/** Marks the extras as registered (importing this module is what registers them). */
export const chartExtrasReady = true;
