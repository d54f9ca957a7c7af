import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../components/echarts-setup';

// Imported only with `import()` when an SVG is exported, so the SVG renderer stays out of the first bundle.
echarts.use(SVGRenderer);

/** Marks the SVG renderer as registered (importing this module is what registers it). */
export const svgRendererReady = true;
