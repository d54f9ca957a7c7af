import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './echarts-setup';

// Imported only with `import()` when an SVG is exported, so the SVG renderer stays out of the first bundle.
echarts.use(SVGRenderer);
