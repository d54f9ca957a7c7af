import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { fullCitation, slideNotes } from './citations';
import { datasetLineOf } from './figure-spec';
import { exportFileName, isoDay } from './file-name';
import { PRESETS } from './presets';
import { renderAllPngs, type BatchSettings, type ExportView } from './render-all';
import type { BatchResult } from './zip-export';

/** One figure slide: the PNG fills the 16:9 slide; the notes hold the full citations and quotes. */
export interface DeckSlide {
  title: string;
  /** Alternative text of the figure. */
  alt: string;
  png: Blob;
  notes: string;
}

/** A deck: a title slide, then one slide per figure. */
export interface Deck {
  title: string;
  subtitle: string;
  /** The dataset line under the subtitle: its name, file and version. */
  datasetLine?: string;
  titleNotes: string;
  slides: readonly DeckSlide[];
}

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
// A CJK-capable face PowerPoint finds on most machines (and substitutes where it does not).
const FONT_FACE = 'Microsoft YaHei';

/** A blob's bytes as base64 (in chunks: spreading a whole PNG into fromCharCode overflows the stack). */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Writes a deck as a .pptx blob; pptxgenjs is loaded only now, so the first page does not carry it. */
export async function buildDeck(deck: Deck): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_16x9'; // 10 × 5.625 in
  pres.title = deck.title;
  const cover = pres.addSlide();
  cover.addText(deck.title, { x: 0.6, y: 1.7, w: 8.8, h: 1.1, fontSize: 36, bold: true, fontFace: FONT_FACE });
  cover.addText(deck.subtitle, { x: 0.6, y: 2.9, w: 8.8, h: 0.8, fontSize: 16, color: '4B5260', fontFace: FONT_FACE });
  if (deck.datasetLine)
    cover.addText(deck.datasetLine, { x: 0.6, y: 3.7, w: 8.8, h: 0.5, fontSize: 12, color: '4B5260', fontFace: FONT_FACE });
  cover.addNotes(deck.titleNotes);
  for (const s of deck.slides) {
    const slide = pres.addSlide();
    const data = `image/png;base64,${await blobToBase64(s.png)}`;
    slide.addImage({ data, x: 0, y: 0, w: 10, h: 5.625, altText: s.alt });
    slide.addNotes(s.notes);
  }
  const out = await pres.write({ outputType: 'arraybuffer' });
  return new Blob([out as ArrayBuffer], { type: PPTX_TYPE });
}

/** Notes of the title slide: the dataset and the full citation of every source in the deck. */
function titleNotes(sources: readonly Source[], lang: Lang, version?: string): string {
  return [
    datasetLineOf(lang, version),
    '',
    `${t('notesSources', lang)}:`,
    ...sources.map((s) => `• ${fullCitation(s, lang)}`),
  ].join('\n');
}

/** Every view that shows claims as a 16:9 slide with speaker notes, after a title slide. */
export async function exportDeck(
  views: readonly ExportView[],
  settings: BatchSettings & { date: Date },
): Promise<BatchResult> {
  const { lang, sources, date, datasetVersion } = settings;
  const { rendered, failed } = await renderAllPngs(views, { ...settings, size: PRESETS.wide });
  settings.onProgress?.(rendered.length + failed.length, rendered.length + failed.length, t('packing', lang));
  const claims = new Map(rendered.flatMap((r) => r.view.claims).map((c) => [c.id, c]));
  const used = new Set([...claims.values()].map((c) => c.sourceId));
  const blob = await buildDeck({
    title: t('deckTitle', lang),
    subtitle: t('deckSubtitle', lang, { views: rendered.length, claims: claims.size, date: isoDay(date) }),
    datasetLine: datasetLineOf(lang, datasetVersion),
    titleNotes: titleNotes(
      [...sources.values()].filter((s) => used.has(s.id)),
      lang,
      datasetVersion,
    ),
    slides: rendered.map(({ view, png }) => ({
      title: view.title,
      alt: `${view.title}: ${view.subtitle}`,
      png,
      notes: slideNotes(view.title, view.claims, sources, lang),
    })),
  });
  return { blob, fileName: exportFileName('deck', 'pptx', date), failed };
}
