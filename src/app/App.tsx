import { useCallback, useDeferredValue, useMemo } from 'react';
import { buildViews, notChartedReasons, type BuiltView } from '../charts/build-views';
import { buildCompareFigure, questionById, unitFor } from '../charts/compare-figure';
import { COMMON_UNIT_NAMES } from '../domain/compare/format-common';
import { VIEWS } from '../charts/views';
import { shownOf, type ViewContext } from '../charts/view-types';
import { lazy, Suspense } from 'react';
import { ChartCard } from '../components/ChartCard';
import { ComparePanel } from '../components/ComparePanel';
import { ExportAllBar } from '../components/ExportAllBar';
import { useAudit } from './use-audit';
import type { Claim } from '../data/claim';
import { useImport } from './use-import';
import { ClaimsTable } from '../components/ClaimsTable';
import { FilterBar } from '../components/FilterBar';
import { SourceReader } from '../components/SourceReader';
import type { Dataset } from '../data/load-dataset';
import { formatProblem } from '../data/problem';
import { filterClaims, yearSpan } from '../domain/filters';
import { t } from '../domain/messages';
import { useAppStore } from '../state/store';
import { HeaderControls } from './HeaderControls';
import { useDarkMode, useMediaQuery } from './use-media-query';

const NONE: Claim[] = [];
const NO_VIEWS: BuiltView[] = [];

// Below-the-fold panels load after the first charts: they are not needed to see the data.
const AuditPanel = lazy(() => import('../components/AuditPanel').then((m) => ({ default: m.AuditPanel })));
const ImportPanel = lazy(() => import('../components/ImportPanel').then((m) => ({ default: m.ImportPanel })));

/** The page: header, filters, one card per view, the claims table, and the source reader beside them. */
export function App({ dataset, missingClaim }: { dataset: Dataset; missingClaim?: string }) {
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const logScale = useAppStore((s) => s.logScale);
  const setLogScale = useAppStore((s) => s.setLogScale);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const openClaim = useAppStore((s) => s.openClaim);
  const openReader = useAppStore((s) => s.openReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const sortKey = useAppStore((s) => s.sortKey);
  const sortDir = useAppStore((s) => s.sortDir);
  const sortBy = useAppStore((s) => s.sortBy);
  const dark = useDarkMode(theme);
  const compare = useAppStore((s) => s.compare);
  const narrow = useMediaQuery('(max-width: 640px)');

  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const imports = useImport(dataset);
  const importedClaims = imports.state.status === 'done' ? imports.state.result.claims : NONE;
  // The user's own claims join every view, comparison and the table; the audit stays on the curated data.
  const allClaims = useMemo(
    () => (importedClaims.length ? [...dataset.claims, ...importedClaims] : dataset.claims),
    [dataset.claims, importedClaims],
  );
  const span = useMemo(() => yearSpan(allClaims), [allClaims]);
  const filtered = useMemo(() => filterClaims(allClaims, filters), [allClaims, filters]);
  // The audit reads the whole dataset, not the filtered view: a finding does not depend on what is on screen.
  const { findings, byClaim, flagged } = useAudit(dataset);
  const claimsById = useMemo(() => new Map(allClaims.map((c) => [c.id, c])), [allClaims]);
  const ctx: ViewContext = useMemo(
    () => ({ lang, sources, logScale, dark, flagged }),
    [lang, sources, logScale, dark, flagged],
  );
  const built = useMemo(() => buildViews(VIEWS, filtered, ctx), [filtered, ctx]);
  // The charts update first; the table, the "not charted" reasons and the export set follow in a second,
  // interruptible render (React's deferred value), so a filter click redraws the charts without waiting for
  // hundreds of table rows, and a quick second click abandons the stale table render.
  // On the first render they start empty, so the first chart does not wait for the table either.
  const laterFiltered = useDeferredValue(filtered, NONE);
  const laterBuilt = useDeferredValue(built, NO_VIEWS);
  const notCharted = useMemo(() => notChartedReasons(laterBuilt), [laterBuilt]);
  const exportViews = useMemo(
    () =>
      laterBuilt.flatMap(({ spec, claims, result }) =>
        result instanceof Error
          ? []
          : [
              {
                viewId: spec.id,
                title: spec.title[lang],
                subtitle: spec.subtitle[lang],
                buildLightOption: () => spec.build(claims, { ...ctx, dark: false }).option,
                claims: shownOf(claims, result.shown),
              },
            ],
      ),
    [laterBuilt, ctx, lang],
  );
  // The comparison on screen exports with the views (pinned sets export from their own panel).
  const exportAll = useMemo(() => {
    if (compare.question === 'pinned') return exportViews;
    const q = questionById(compare.question);
    const unit = unitFor(q, compare.unit);
    const fig = buildCompareFigure(q, laterFiltered, unit, ctx);
    const cmp = {
      viewId: `compare-${q.id}`,
      title: q.title[lang],
      subtitle: COMMON_UNIT_NAMES[unit][lang],
      buildLightOption: () => buildCompareFigure(q, laterFiltered, unit, { ...ctx, dark: false }).result.option,
      claims: shownOf(fig.claims, fig.result.shown),
    };
    return [cmp, ...exportViews];
  }, [compare.question, compare.unit, exportViews, laterFiltered, ctx, lang]);
  const order = useMemo(() => ({ key: sortKey, dir: sortDir }), [sortKey, sortDir]);
  const select = useCallback((id: string) => openReader(id), [openReader]);
  const togglePin = useAppStore((s) => s.togglePin);
  const setQuestion = useAppStore((s) => s.setQuestion);
  const setCompareUnit = useAppStore((s) => s.setCompareUnit);
  const clearPins = useAppStore((s) => s.clearPins);
  const pinnedSet = useMemo(() => new Set(compare.pins), [compare.pins]);

  const claim = openClaim ? claimsById.get(openClaim) : undefined;
  const claimSource = claim ? sources.get(claim.sourceId) : undefined;
  const claimText = claim ? dataset.sourceTexts.get(claim.sourceId) : undefined;
  const claimOffsets = claim ? dataset.offsets.get(claim.id) : undefined;

  return (
    <div className={claim ? 'app with-reader' : 'app'} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <a className="skip" href="#claims-table-title">
        {t('skipToTable', lang)}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('appTitle', lang)}</h1>
          <p className="subtitle">{t('appSubtitle', lang)}</p>
          <p className="muted">
            {dataset.claims.length} {t('claimsCount', lang)} · {dataset.sources.length} {t('sourcesCount', lang)} ·{' '}
            {t('showing', lang)} {filtered.length}
          </p>
        </div>
        <HeaderControls />
      </header>
      {missingClaim && (
        <p className="notice" role="status">
          {t('claimMissing', lang)} <code>{missingClaim}</code>
        </p>
      )}
      {dataset.problems.length > 0 && (
        <details className="problems">
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
      <FilterBar
        filters={filters}
        sources={dataset.sources}
        span={span}
        lang={lang}
        onChange={setFilters}
        onReset={resetFilters}
      />
      <ExportAllBar views={exportAll} filteredClaims={laterFiltered} sources={sources} lang={lang} />
      <div className="layout">
        <main className="views">
          <ComparePanel
            claims={filtered}
            allClaims={allClaims}
            ctx={ctx}
            question={compare.question}
            unit={compare.unit}
            pins={compare.pins}
            onQuestion={setQuestion}
            onUnit={setCompareUnit}
            onTogglePin={togglePin}
            onClearPins={clearPins}
            onSelectClaim={select}
          />
          {built.map(({ spec, claims, result }) => (
            <ChartCard
              key={spec.id}
              spec={spec}
              claims={claims}
              built={result}
              ctx={ctx}
              onSelectClaim={select}
              onToggleLog={setLogScale}
              narrow={narrow}
            />
          ))}
          <Suspense fallback={null}>
            <ImportPanel state={imports.state} lang={lang} onFile={imports.importFile} onRemove={imports.remove} />
            <AuditPanel
              findings={findings}
              claims={claimsById}
              sources={dataset.sources}
              lang={lang}
              onSelectClaim={select}
            />
          </Suspense>
          <ClaimsTable
            claims={laterFiltered}
            sources={sources}
            lang={lang}
            search={search}
            order={order}
            onSearch={setSearch}
            onSort={sortBy}
            onSelect={select}
            notCharted={notCharted}
            pinned={pinnedSet}
            onTogglePin={togglePin}
            flagged={flagged}
            selectedId={claim?.id}
          />
        </main>
        {claim && (
          <SourceReader
            claim={claim}
            source={claimSource}
            text={claimText}
            offsets={claimOffsets}
            yourData={claim.userData ? `${t('yourData', lang)}: ${claim.userData.file}` : undefined}
            lang={lang}
            onClose={closeReader}
            findings={byClaim.get(claim.id) ?? []}
            claims={claimsById}
            onSelectClaim={select}
            pinned={pinnedSet.has(claim.id)}
            onTogglePin={togglePin}
          />
        )}
      </div>
    </div>
  );
}
