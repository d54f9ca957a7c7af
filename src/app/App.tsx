import { useMemo } from 'react';
import { ClaimsTable } from '../components/ClaimsTable';
import type { Dataset } from '../data/load-dataset';
import { formatProblem } from '../data/problem';
import { t } from '../domain/messages';
import { useAppStore } from '../state/store';

/** The page: header, data problems (if any), and the claims table. */
export function App({ dataset }: { dataset: Dataset }) {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const sortKey = useAppStore((s) => s.sortKey);
  const sortDir = useAppStore((s) => s.sortDir);
  const sortBy = useAppStore((s) => s.sortBy);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const order = useMemo(() => ({ key: sortKey, dir: sortDir }), [sortKey, sortDir]);

  return (
    <div className="app" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="app-header">
        <div>
          <h1>{t('appTitle', lang)}</h1>
          <p className="subtitle">{t('appSubtitle', lang)}</p>
          <p className="muted">
            {dataset.claims.length} {t('claimsCount', lang)} · {dataset.sources.length} {t('sourcesCount', lang)}
          </p>
        </div>
        <div role="group" aria-label={t('language', lang)} className="lang-switch">
          {(['zh', 'en'] as const).map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'zh' ? '中文' : 'English'}
            </button>
          ))}
        </div>
      </header>
      {dataset.problems.length > 0 && (
        <details className="problems" open>
          <summary>
            {t('dataProblems', lang)}: {dataset.problems.length}
          </summary>
          <ul>
            {dataset.problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </details>
      )}
      <main>
        <ClaimsTable
          claims={dataset.claims}
          sources={sources}
          lang={lang}
          search={search}
          order={order}
          onSearch={setSearch}
          onSort={sortBy}
        />
      </main>
    </div>
  );
}
