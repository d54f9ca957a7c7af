import { lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState, type ComponentType } from 'react';
import { VIEW_IDS, type ViewContext } from '../charts/view-types';
import { ComparePanel } from '../components/ComparePanel';
import { ExportAllBar } from '../components/ExportAllBar';
import type { Claim } from '../data/claim';
import type { Dataset } from '../data/load-dataset';
import { formatProblem } from '../data/problem';
import { filterClaims, yearSpan } from '../domain/filters';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import { FilterBar } from '../components/FilterBar';
import { useAppStore } from '../state/store';
import { HeaderControls } from './HeaderControls';
import { useAudit } from './use-audit';
import { useIdle } from './use-idle';
import { useImport } from './use-import';
import { useUserSources } from './use-user-sources';
import { withUserSources } from '../data/user-source';
import { useDarkMode, useMediaQuery } from './use-media-query';
import { usePageHref } from './use-page-href';
import { PrerenderContext } from '../components/prerendered';
import { BuildHtml } from './BuildHtml';
import './pages.css';

const NONE: Claim[] = [];

// The first chart on the page is the comparison; the view cards and the table are a separate chunk loaded
// once the browser is first idle after it, and the reader one loaded when a claim is opened: below the
// fold or behind a click, they need not be in the JavaScript the first chart waits for.
const LazyViewsAndTable = lazy(() => import('./ViewsAndTable'));
// A view's own page, its embed, presentation mode and the table of contents (which names the views) load
// only where they are used: the dashboard's first chart waits for none of them.
const ViewPage = lazy(() => import('./ViewPage'));
const EmbedPage = lazy(() => import('./EmbedPage'));
const Presentation = lazy(() => import('./Presentation'));
const LazyTableOfContents = lazy(() => import('./TableOfContents'));

/** The dashboard's parts as modules already loaded: a page taking over the build's HTML renders them at once. */
export interface FirstScreenModules {
  ViewsAndTable: ComponentType<Parameters<typeof import('./ViewsAndTable').default>[0]>;
  TableOfContents: ComponentType<Parameters<typeof import('./TableOfContents').default>[0]>;
}
const SourceReader = lazy(() => import('../components/SourceReader').then((m) => ({ default: m.SourceReader })));

/** The page: header, filters, one card per view, the claims table, and the source reader beside them. */
export function App({
  dataset: curated,
  missingClaim,
  renamedClaim,
  missingView,
  loaded,
}: {
  dataset: Dataset;
  missingClaim?: string;
  /** The claim an old link named by an id since renamed (data/claim-renames.csv). */
  renamedClaim?: { from: string; to: string };
  /** A view id the link named that no view has: the dashboard opens with a notice. */
  missingView?: string;
  /** Set when the page takes over the build's HTML (or is the build rendering it). */
  loaded?: FirstScreenModules;
}) {
  const prerender = useContext(PrerenderContext);
  const ViewsAndTable = loaded?.ViewsAndTable ?? LazyViewsAndTable;
  const TableOfContents = loaded?.TableOfContents ?? LazyTableOfContents;
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const logScale = useAppStore((s) => s.logScale);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const openClaim = useAppStore((s) => s.openClaim);
  const openReader = useAppStore((s) => s.openReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const dark = useDarkMode(theme);
  const compare = useAppStore((s) => s.compare);
  const narrow = useMediaQuery('(max-width: 640px)');
  // The contents fold into a bar on narrower screens, and below 1600 px while the reader takes the side.
  const compactToc = useMediaQuery('(max-width: 1100px)');
  const midToc = useMediaQuery('(max-width: 1599px)');
  const view = useAppStore((s) => s.view);
  const embed = useAppStore((s) => s.embed);
  const present = useAppStore((s) => s.present);
  const setPresent = useAppStore((s) => s.setPresent);
  const href = usePageHref();

  // The articles the user added join the curated ones: their claims are checked by the same rules and
  // shown, audited and downloaded like the rest, marked as theirs.
  const user = useUserSources();
  const dataset = useMemo(() => withUserSources(curated, user.sources), [curated, user.sources]);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset.sources]);
  const imports = useImport(curated);
  const importedClaims = imports.state.status === 'done' ? imports.state.result.claims : NONE;
  // The user's own claims join every view, comparison and the table; the audit stays on the curated data.
  const allClaims = useMemo(
    () => (importedClaims.length ? [...dataset.claims, ...importedClaims] : dataset.claims),
    [dataset.claims, importedClaims],
  );
  const span = useMemo(() => yearSpan(allClaims), [allClaims]);
  const filtered = useMemo(() => filterClaims(allClaims, filters), [allClaims, filters]);
  // The audit reads the whole dataset, not the filtered view: a finding does not depend on what is on screen.
  // The build renders everything at once (the page's own first render shows its HTML of the later parts).
  const idle = useIdle(1500, prerender.drawer !== undefined);
  const { findings, byClaim, flagged } = useAudit(dataset, idle);
  const claimsById = useMemo(() => new Map(allClaims.map((c) => [c.id, c])), [allClaims]);
  const ctx: ViewContext = useMemo(
    () => ({ lang, sources, logScale, dark, flagged }),
    [lang, sources, logScale, dark, flagged],
  );
  // Export-all builds its figures when asked, with code loaded then: the view builders stay out of the first load.
  const figures = useCallback(
    () => import('./export-figures').then((m) => m.exportFigures(filtered, ctx, compare)),
    [filtered, ctx, compare],
  );
  // The build's pictures show the page as it first renders; once the claims or the way they are drawn
  // change, they would show something else, so they go (the charts near the viewport draw themselves).
  const [first] = useState({ filtered, ctx });
  const changed = filtered !== first.filtered || ctx !== first.ctx;
  useEffect(() => {
    if (changed) prerender.pictures?.discard();
  }, [changed, prerender.pictures]);
  // Until their code has loaded, the later parts show the build's HTML of them, while it shows this page.
  const parts = changed ? undefined : prerender.parts;
  const select = useCallback((id: string) => openReader(id), [openReader]);
  const togglePin = useAppStore((s) => s.togglePin);
  const setQuestion = useAppStore((s) => s.setQuestion);
  const setCompareUnit = useAppStore((s) => s.setCompareUnit);
  const clearPins = useAppStore((s) => s.clearPins);
  const pinnedSet = useMemo(() => new Set(compare.pins), [compare.pins]);

  const loadingViews = <p className="muted loading-views">{t('loadingViews', lang)}</p>;
  const viewsMeanwhile = parts ? <BuildHtml nodes={parts.views} /> : loadingViews;
  const tocMeanwhile = parts ? <BuildHtml nodes={parts.toc} /> : null;
  const claim = openClaim ? claimsById.get(openClaim) : undefined;
  const claimSource = claim ? sources.get(claim.sourceId) : undefined;
  const claimText = claim ? dataset.sourceTexts.get(claim.sourceId) : undefined;
  const claimOffsets = claim ? dataset.offsets.get(claim.id) : undefined;
  const langAttr = lang === 'zh' ? 'zh-CN' : 'en';
  const tocFolded = compactToc || (midToc && claim !== undefined);
  // Full screen needs the click's user activation, so it is asked for here; where it is refused (or the
  // mode was opened by a link) the presentation is a fixed overlay over the page instead.
  const startPresenting = () => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    setPresent(view ?? VIEW_IDS[0]);
  };
  const leavePresenting = useCallback(() => setPresent(undefined), [setPresent]);

  if (view && embed)
    return (
      <div className="app embed-app" lang={langAttr}>
        <Suspense fallback={loadingViews}>
          <EmbedPage viewId={view} filtered={filtered} ctx={ctx} />
        </Suspense>
      </div>
    );

  return (
    <div
      className={
        claim
          ? `app with-reader${lang === 'en' && dataset.translations.has(claim.sourceId) ? ' with-translation' : ''}`
          : 'app'
      }
      lang={langAttr}
    >
      <a className="skip" href="#claims-table-title">
        {t('skipToTable', lang)}
      </a>
      {view && (
        <nav className="back-link">
          <a href={href({ page: 'dashboard' })}>{t('pageAllCharts', lang)}</a>
        </nav>
      )}
      <header className="app-header">
        <div>
          <h1>{t('appTitle', lang)}</h1>
          <p className="subtitle">{t('appSubtitle', lang)}</p>
          <p className="muted">
            {curated.claims.length} {t('claimsCount', lang)} · {curated.sources.length} {t('sourcesCount', lang)} ·{' '}
            {t('showing', lang)} {filtered.length}
            {curated.version && (
              <>
                {' · '}
                <span data-dataset-version={curated.version}>
                  {t('datasetVersion', lang, { version: curated.version })}
                </span>
              </>
            )}
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="present-button" onClick={startPresenting}>
            {t('presentButton', lang)}
          </button>
          <HeaderControls />
        </div>
      </header>
      {missingClaim && (
        <p className="notice" role="status">
          {t('claimMissing', lang)} <code>{missingClaim}</code>
        </p>
      )}
      {renamedClaim && (
        <p className="notice" role="status" data-claim-renamed="">
          {t('claimRenamed', lang, renamedClaim)}
        </p>
      )}
      {missingView && (
        <p className="notice" role="status">
          {t('pageViewUnknown', lang)} <code>{missingView}</code>
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
      {!view && <ExportAllBar figures={figures} filteredClaims={filtered} sources={sources} lang={lang} />}
      <div
        className={
          view ? 'layout' : `layout with-toc${prerender.drawer ? ' toc-auto' : tocFolded ? ' toc-compact' : ''}`
        }
      >
        {!view && !idle && tocMeanwhile}
        {!view && idle && (
          <Suspense fallback={tocMeanwhile}>
            {prerender.drawer ? (
              // The build cannot know the window's width: both forms, CSS shows the one it fits.
              <>
                <TableOfContents lang={lang} compact={false} onlyAt="wide" />
                <TableOfContents lang={lang} compact onlyAt="narrow" />
              </>
            ) : (
              <TableOfContents lang={lang} compact={tocFolded} />
            )}
          </Suspense>
        )}
        {view ? (
          <Suspense fallback={loadingViews}>
            <ViewPage
              viewId={view}
              filtered={filtered}
              ctx={ctx}
              narrow={narrow}
              pinned={pinnedSet}
              selectedId={claim?.id}
              onSelectClaim={select}
            />
          </Suspense>
        ) : (
          // The dashboard (left at its indentation to keep this change small for the merge).
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
              narrow={narrow}
            />
            <Suspense fallback={viewsMeanwhile}>
              {!idle ? (
                viewsMeanwhile
              ) : (
                <ViewsAndTable
                  dataset={dataset}
                  user={user}
                  filtered={filtered}
                  claimsById={claimsById}
                  ctx={ctx}
                  imports={imports}
                  findings={findings}
                  narrow={narrow}
                  pinned={pinnedSet}
                  selectedId={claim?.id}
                  onSelectClaim={select}
                />
              )}
            </Suspense>
          </main>
        )}
        {claim && (
          <Suspense fallback={<aside className="reader" aria-busy="true" />}>
            <SourceReader
              claim={claim}
              provenance={provenanceOf(claim, claimSource)}
              translation={dataset.translations.get(claim.sourceId)}
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
          </Suspense>
        )}
      </div>
      {present && (
        <Suspense fallback={<div className="presentation" aria-busy="true" />}>
          <Presentation current={present} filtered={filtered} ctx={ctx} onMove={setPresent} onLeave={leavePresenting} />
        </Suspense>
      )}
    </div>
  );
}
