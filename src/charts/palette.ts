import type { Kind } from '../data/vocabulary';

// Okabe–Ito: distinguishable under the common colour-vision deficiencies, and in greyscale with the decals.
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#000000'];

/** A stable colour per source id, in the order sources are listed. */
export function sourceColors(sourceIds: readonly string[]): Map<string, string> {
  return new Map(sourceIds.map((id, i) => [id, OKABE_ITO[i % OKABE_ITO.length]!]));
}

/** The ECharts symbol, fill and line style that tell observed, forecast, target, estimate and conditional apart. */
export interface KindStyle {
  symbol: string;
  hollow: boolean;
  lineType: 'solid' | 'dashed' | 'dotted';
}

/** Solid for what was observed, hollow and dashed for what is predicted or planned. */
export const KIND_STYLES: Readonly<Record<Kind, KindStyle>> = {
  observed: { symbol: 'circle', hollow: false, lineType: 'solid' },
  estimate: { symbol: 'rect', hollow: false, lineType: 'solid' },
  forecast: { symbol: 'circle', hollow: true, lineType: 'dashed' },
  target: { symbol: 'diamond', hollow: true, lineType: 'dashed' },
  conditional: { symbol: 'triangle', hollow: true, lineType: 'dotted' },
};

/** Colours of chart furniture for light and dark pages. */
export function chartColors(dark: boolean) {
  return dark
    ? {
        text: '#e6e9ef',
        muted: '#9aa3b2',
        axis: '#4a5263',
        split: '#2b3240',
        background: 'transparent',
        hollowFill: '#11151c',
      }
    : {
        text: '#1d2330',
        muted: '#5b6475',
        axis: '#9aa3b2',
        split: '#e8ebf0',
        background: 'transparent',
        hollowFill: '#ffffff',
      };
}
