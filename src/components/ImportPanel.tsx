import { useState } from 'react';
import type { ImportState } from '../state/import-store';
import { claimsTemplateCsv, MAX_LISTED_PROBLEMS, rejectedRowsCsv } from '../data/import-claims';
import { formatProblem } from '../data/problem';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

interface Props {
  state: ImportState;
  lang: Lang;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/** Offers a Blob as a file download. */
function download(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Bring your own claims: pick or drop a CSV in the dataset's format; it is checked with the same rules. */
export function ImportPanel({ state, lang, onFile, onRemove }: Props) {
  const [over, setOver] = useState(false);
  return (
    <section className="import-panel chart-card" id="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle', lang)}</h2>
      <p className="card-subtitle">{t('importSubtitle', lang)}</p>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const f = e.dataTransfer.files[0];
          if (f) onFile(f);
        }}
      >
        <label className="file-pick">
          {t('importPick', lang)}{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f);
              e.target.value = '';
            }}
          />
        </label>
        <span className="muted"> {t('importDrop', lang)}</span>
        <button
          type="button"
          className="link"
          onClick={() => download('ai-compute-claims-template.csv', claimsTemplateCsv())}
        >
          {t('importTemplate', lang)}
        </button>
      </div>
      <div role="status" className="import-status" data-status={state.status}>
        {state.status === 'working' && `${t('importWorking', lang)} ${state.name}…`}
        {state.status === 'error' && (
          <span className="import-error">
            {state.name}: {state.message}
          </span>
        )}
        {state.status === 'done' && (
          <>
            <p>
              {t('importDone', lang)
                .replace('{n}', String(state.result.claims.length))
                .replace('{m}', String(state.result.rowCount))
                .replace('{file}', state.result.file)}{' '}
              {!state.kept && <span className="muted">{t('importNotKept', lang)}</span>}
            </p>
            {state.note && <p className="muted">{state.note}</p>}
            {state.result.problems.length > 0 && (
              <details open={state.result.claims.length === 0}>
                <summary>{t('importProblems', lang).replace('{k}', String(state.result.problems.length))}</summary>
                <ul className="import-problems">
                  {state.result.problems.slice(0, MAX_LISTED_PROBLEMS).map((p, i) => (
                    <li key={i}>{formatProblem(p)}</li>
                  ))}
                </ul>
                {state.result.problems.length > MAX_LISTED_PROBLEMS && (
                  <p className="muted">… {state.result.problems.length - MAX_LISTED_PROBLEMS}</p>
                )}
                {state.result.rejected.length > 0 && (
                  <button
                    type="button"
                    onClick={() =>
                      download(
                        `rejected-${state.result.file.replace(/\.csv$/i, '')}.csv`,
                        rejectedRowsCsv(state.result),
                      )
                    }
                  >
                    {t('importDownloadRejected', lang)}
                  </button>
                )}
              </details>
            )}
            <button type="button" onClick={onRemove}>
              {t('importRemove', lang)}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
