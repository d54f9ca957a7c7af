import { adoptionOtherView } from './adoption-other';
import { computeCapacityView } from './compute-capacity';
import { computeGrowthView } from './compute-growth';
import { costPriceView } from './cost-price';
import { liquidCoolingView } from './liquid-cooling';
import { marketSizeView } from './market-size';
import { modelLandscapeView } from './model-landscape';
import { powerEnergyView } from './power-energy';
import { timelineView } from './timeline';
import type { ViewSpec } from '../charts/view-types';

/** Every view, in page order. */
export const VIEWS: readonly ViewSpec[] = [
  computeGrowthView,
  computeCapacityView,
  marketSizeView,
  liquidCoolingView,
  powerEnergyView,
  costPriceView,
  modelLandscapeView,
  adoptionOtherView,
  timelineView,
];
