import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echarts-setup';

// Imported only with `import()` (see loadChartExtras): the parts of ECharts the first chart can be drawn
// without. Keep in step with EXTRA_* in src/charts/echarts-needs.ts (a test checks every view against both).
echarts.use([LineChart, BarChart, DataZoomComponent, MarkLineComponent, MarkPointComponent, TooltipComponent]);

/** Marks the extras as registered (importing this module is what registers them). */
export const chartExtrasReady = true;
