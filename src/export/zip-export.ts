import { t } from '../domain/messages';
import { exportFileName } from './file-name';
import { PRESETS } from './presets';
import { renderAllPngs, type BatchSettings, type ExportView, type FailedView } from './render-all';

/** A file to put in an archive. */
export interface ArchiveFile {
  name: string;
  data: Blob | Uint8Array | string;
}

/** A finished multi-figure export: the file, its name, and the figures that could not be made. */
export interface BatchResult {
  blob: Blob;
  fileName: string;
  failed: FailedView[];
}

/** Zips files; JSZip is loaded only now, so the first page does not carry it. */
export async function zipFiles(files: readonly ArchiveFile[]): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  // PNGs are already compressed: storing them is as small and much faster.
  for (const f of files) zip.file(f.name, f.data, { compression: typeof f.data === 'string' ? 'DEFLATE' : 'STORE' });
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

/** Every view that shows claims as a 16:9 PNG (by default), in one ZIP named for the day. */
export async function exportZip(
  views: readonly ExportView[],
  settings: BatchSettings & { date: Date },
): Promise<BatchResult> {
  const size = settings.size ?? PRESETS.wide;
  const ratio = settings.pixelRatio ?? 1;
  const pixels = { width: size.width * ratio, height: size.height * ratio };
  const { rendered, failed } = await renderAllPngs(views, { ...settings, size, pixelRatio: ratio });
  settings.onProgress?.(rendered.length + failed.length, rendered.length + failed.length, t('packing', settings.lang));
  const files = rendered.map((r) => ({
    name: exportFileName(r.view.viewId, 'png', settings.date, pixels),
    data: r.png,
  }));
  const blob = await zipFiles(files);
  return { blob, fileName: exportFileName('all-figures', 'zip', settings.date, size), failed };
}
