import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import { echarts } from './echarts-setup';

// Imported only with `import()` (see loadChartExtras): the parts of ECharts the first chart can be drawn
// without. Keep in step with EXTRA_* in src/echarts/echarts-needs.ts; tests/echarts/echarts-registration.test.ts
// draws every view through ECharts to check nothing they use is missing here.
echarts.use([LineChart, BarChart, DataZoomComponent, MarkLineComponent, MarkPointComponent, TooltipComponent]);
