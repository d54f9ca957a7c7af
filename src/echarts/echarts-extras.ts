import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent, MarkPointComponent } from 'echarts/components';
// Registered on echarts/core itself, not through echarts-setup.ts: that file loads this one, and the two
// importing each other would be a cycle. Both reach the same ECharts core module, so the effect is the same.
import * as echarts from 'echarts/core';

// Imported only with `import()` (see loadChartExtras): the parts of ECharts the first chart can be drawn
// without. Keep in step with EXTRA_* in src/echarts/echarts-needs.ts; tests/echarts/echarts-registration.test.ts
// draws every view through ECharts to check nothing they use is missing here.
echarts.use([LineChart, BarChart, DataZoomComponent, MarkLineComponent, MarkPointComponent]);
// The tooltip is its own chunk (echarts-tooltip.ts), shared with the charts that need nothing else.
import './echarts-tooltip';
