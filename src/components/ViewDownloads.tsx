import { useState } from 'react';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { downloadText } from '../export/download';
import { exportErrorText } from '../domain/export-error';
import { exportFileName } from '../export/file-name';

interface Props {
  viewId: string;
  /** The view's claims: what the files hold. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
}

/** A view's data downloads: its claims as CSV or JSON with every provenance column (papaparse loads when used). */
export function ViewDownloads({ viewId, claims, sources, lang }: Props) {
  const [status, setStatus] = useState('');
  async function run(format: 'csv' | 'json') {
    try {
      const { claimsToCsv, claimsToJson } = await import('../export/data-export');
      const now = new Date();
      const file = exportFileName(`${viewId}-claims`, format, now);
      if (format === 'csv') downloadText(claimsToCsv(claims, sources), file, 'text/csv');
      else downloadText(claimsToJson(claims, sources, now), file, 'application/json');
      setStatus(t('pageDownloaded', lang, { file }));
    } catch (e) {
      setStatus(exportErrorText(e, lang));
    }
  }
  return (
    <div className="view-downloads" role="group" aria-label={t('pageDownloadsTitle', lang)}>
      <p className="muted">{t('pageDownloadsHint', lang, { n: claims.length })}</p>
      {(['csv', 'json'] as const).map((f) => (
        <button key={f} type="button" data-format={f} disabled={claims.length === 0} onClick={() => void run(f)}>
          {t(f === 'csv' ? 'pageDownloadCsv' : 'pageDownloadJson', lang)}
        </button>
      ))}
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
