import { memo, useContext, useState } from 'react';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { downloadBlob, downloadText } from '../export/download';
import { exportErrorText } from '../domain/export-error';
import { t } from '../domain/messages';
import { exportFileName } from '../export/file-name';
import type { ExportView, FailedView } from '../export/render-all';
import type { BatchResult } from '../export/zip-export';
import '../export/export.css';
import { DatasetVersionContext } from './dataset-version';

/** Props of the dashboard-wide export bar. */
export interface ExportAllBarProps {
  /**
   * Every figure to export, in page order (the comparison, then the views), built when an export starts:
   * the view builders load then, not with the page.
   */
  figures: () => readonly ExportView[] | Promise<readonly ExportView[]>;
  /** The claims after the page's filters: what the data downloads hold. */
  filteredClaims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
}

type Action = 'csv' | 'json' | 'zip' | 'pptx';
interface Progress {
  done: number;
  total: number;
  label: string;
}

const LABELS: Record<Action, 'downloadCsv' | 'downloadJson' | 'exportZip' | 'exportDeck'> = {
  csv: 'downloadCsv',
  json: 'downloadJson',
  zip: 'exportZip',
  pptx: 'exportDeck',
};

/** Data downloads (CSV, JSON) of the filtered claims, and every figure as a ZIP of PNGs or a PPTX deck. */
function ExportAllBarBody({ figures, filteredClaims, sources, lang }: ExportAllBarProps) {
  const [busy, setBusy] = useState<Action | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const datasetVersion = useContext(DatasetVersionContext);

  const failedText = (failed: readonly FailedView[]) =>
    failed.length === 0
      ? ''
      : t('someFailed', lang, { n: failed.length, list: failed.map((f) => `${f.title} (${f.message})`).join('; ') });

  async function data(action: 'csv' | 'json', now: Date) {
    const { claimsToCsv, claimsToJson } = await import('../export/data-export');
    const file = exportFileName('claims', action, now);
    if (action === 'csv') downloadText(claimsToCsv(filteredClaims, sources, datasetVersion), file, 'text/csv');
    else downloadText(claimsToJson(filteredClaims, sources, now, datasetVersion), file, 'application/json');
    setStatus(t('dataDownloaded', lang, { n: filteredClaims.length, file }));
  }

  async function renderFigures(action: 'zip' | 'pptx', now: Date) {
    const onProgress = (done: number, total: number, label: string) => setProgress({ done, total, label });
    const settings = { sources, lang, date: now, onProgress, datasetVersion };
    const views = await figures();
    let result: BatchResult;
    if (action === 'zip') result = await (await import('../export/zip-export')).exportZip(views, settings);
    else result = await (await import('../export/pptx-export')).exportDeck(views, settings);
    downloadBlob(result.blob, result.fileName);
    setStatus(t('done', lang, { file: result.fileName }));
    setError(failedText(result.failed));
  }

  async function run(action: Action) {
    setBusy(action);
    setStatus('');
    setError('');
    setProgress(null);
    const now = new Date();
    try {
      if (action === 'csv' || action === 'json') await data(action, now);
      else await renderFigures(action, now);
    } catch (e) {
      setError(exportErrorText(e, lang));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  return (
    <section className="export-all" data-export-all="" aria-label={t('exportAll', lang)} aria-busy={busy !== null}>
      <h2>{t('exportAll', lang)}</h2>
      {(['csv', 'json', 'zip', 'pptx'] as const).map((a) => (
        <button key={a} type="button" data-action={a} disabled={busy !== null} onClick={() => void run(a)}>
          {t(LABELS[a], lang)}
        </button>
      ))}
      {progress && (
        <span className="export-progress" data-export-progress="">
          <progress max={progress.total} value={progress.done} />
          {progress.done < progress.total
            ? t('progress', lang, { n: progress.done + 1, total: progress.total, label: progress.label })
            : progress.label}
        </span>
      )}
      <p className="export-status" role="status" data-export-status="">
        {status || t('dataHint', lang)}
      </p>
      <p className="export-error" role="alert" data-export-error="">
        {error}
      </p>
    </section>
  );
}

/** Memoised: re-renders only when the export set changes. */
export const ExportAllBar = memo(ExportAllBarBody);
