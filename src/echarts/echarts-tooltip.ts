import { TooltipComponent } from 'echarts/components';
// Registered on echarts/core itself (as echarts-extras.ts does, to keep echarts-setup.ts out of a cycle).
import * as echarts from 'echarts/core';

// Imported only with `import()` (see loadTooltip): the tooltip alone, which is all a chart of scatter and
// custom series (the comparison, the page's first chart) needs to answer the pointer: a quarter of the
// on-demand ECharts code, so a page that opens on the build's pictures waits for that much only.
echarts.use([TooltipComponent]);
