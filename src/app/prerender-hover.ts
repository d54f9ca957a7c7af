// Part of before-app.ts: the build's first-screen pictures answer the pointer with their tooltips while
// the app's code is still loading, the tooltips the build wrote out from the page's own formatter
// (src/charts/prebuilt-tooltips.ts).
import { hydrate, type ECSSRClientEventParams } from 'echarts/ssr/client/index';
import { pictureHosts, placeTip, slotTips } from './prerender-dom';

/** The slot's one tooltip box (its wide and narrow picture share it), made at first use. */
function tipIn(slot: HTMLElement): HTMLElement {
  const found = slot.querySelector<HTMLElement>(':scope > .pic-tip');
  if (found) return found;
  const tip = document.createElement('div');
  tip.className = 'pic-tip claim-tooltip-box';
  tip.hidden = true;
  slot.append(tip);
  return tip;
}

/** Gives one picture (a .pic-wide or .pic-narrow holding an SVG) its tooltips. */
function answerPointer(host: HTMLElement): void {
  // The picture's slot is what the app later moves into the chart's box and removes once ECharts has drawn:
  // a tooltip inside it leaves with it.
  const slot = host.parentElement;
  const drawing = host.dataset['drawing'];
  const tips = slot && slotTips(slot);
  const at = tips && drawing ? tips.at[drawing] : undefined;
  if (!slot || !tips || !at) return;
  const tip = tipIn(slot);
  const htmlOf = (p: ECSSRClientEventParams) =>
    p.ssrType === 'chart' && p.seriesIndex !== undefined && p.dataIndex !== undefined
      ? tips.html[at[`${p.seriesIndex}:${p.dataIndex}`] ?? -1]
      : undefined;
  hydrate(host, {
    on: {
      mouseover: (p) => {
        const html = htmlOf(p);
        if (html === undefined) return;
        // Written by the build from escaped parts (src/charts/tooltip.ts), as the page's tooltip is.
        tip.innerHTML = html;
        tip.hidden = false;
        const e = p.event as MouseEvent;
        placeTip(tip, slot.getBoundingClientRect(), e.clientX, e.clientY);
      },
      mouseout: () => {
        tip.hidden = true;
      },
    },
  });
  slot.dataset['answers'] = 'pointer';
}

/** Makes the shown build page's first pictures answer the pointer. */
export function answerPointers(doc: Document): void {
  for (const host of pictureHosts(doc)) answerPointer(host);
}
