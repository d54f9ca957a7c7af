import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { notChartedReasons } from '../charts/build-views';
import type { ViewContext } from '../charts/view-types';
import { VIEWS } from '../views/views';
import { ChartCard } from '../components/ChartCard';
import { ClaimsTable } from '../components/ClaimsTable';
import type { Claim } from '../data/claim';
import type { Dataset } from '../data/load-dataset';
import type { Finding } from '../domain/audit/finding';
import { useAppStore } from '../state/store';
import { useRendersComplete } from '../components/prerendered';
import { useValueAfterPaint } from './use-after-paint';
import { usePageHref } from './use-page-href';
import type { ImportState } from '../state/import-store';
import { useViewsInSlices } from './use-views-in-slices';
import { runProposer } from './run-proposer';
import type { UserSourcesHandle } from '../state/user-sources-store';

const NONE: Claim[] = [];

/** The proposer as the panel calls it: the article and when it was written. */
const proposeFor = (text: string, asOf: string) => runProposer(text, { asOf });

// Panels nobody needs to read the data: separate chunks, loaded when this part of the page renders.
const AuditPanel = lazy(() => import('../components/AuditPanel').then((m) => ({ default: m.AuditPanel })));
const ImportPanel = lazy(() => import('../components/ImportPanel').then((m) => ({ default: m.ImportPanel })));
const AddSourcePanel = lazy(() => import('../components/AddSourcePanel').then((m) => ({ default: m.AddSourcePanel })));

interface Props {
  dataset: Dataset;
  user: UserSourcesHandle;
  /** Claims after the page filters. */
  filtered: readonly Claim[];
  claimsById: ReadonlyMap<string, Claim>;
  ctx: ViewContext;
  imports: { state: ImportState; importFile: (f: File) => void; remove: () => void };
  findings: readonly Finding[];
  narrow: boolean;
  pinned: ReadonlySet<string>;
  selectedId?: string;
  onSelectClaim: (id: string) => void;
}

/**
 * Everything below the comparison: one card per view, the import and audit panels, and the claims table.
 * Loaded as its own chunk once the browser is first idle after the page's first chart (the comparison), so
 * the view builders and the table are not in the JavaScript that chart waits for.
 */
export default function ViewsAndTable(p: Props) {
  const { ctx, filtered } = p;
  const { lang } = ctx;
  const setLogScale = useAppStore((s) => s.setLogScale);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const sortKey = useAppStore((s) => s.sortKey);
  const sortDir = useAppStore((s) => s.sortDir);
  const sortBy = useAppStore((s) => s.sortBy);
  const togglePin = useAppStore((s) => s.togglePin);
  const order = useMemo(() => ({ key: sortKey, dir: sortDir }), [sortKey, sortDir]);
  const sources = ctx.sources;
  const href = usePageHref();

  // Charts near the viewport update first (each card builds its own view then). Once that frame is
  // painted, the table follows in an interruptible render, and every view is rebuilt a slice at a time for
  // the cards away from the viewport and the table's "not charted" reasons: a filter click redraws what
  // is on screen without waiting for views below the fold or hundreds of table rows, and a quick second
  // click abandons the stale work. On the first render they start empty.
  // Taking over the build's HTML, the first render shows everything the build drew, at once.
  const complete = useRendersComplete();
  const laterFiltered = useValueAfterPaint(filtered, complete ? filtered : NONE);
  const laterCtx = useValueAfterPaint(ctx, ctx);
  // Deferred once more: the cards and the table take in the finished build in an interruptible render,
  // a card at a time, instead of one task that at 100,000 claims held the page for a third of a second.
  const laterBuilt = useDeferredValue(useViewsInSlices(VIEWS, laterFiltered, laterCtx, complete));
  const notCharted = useMemo(() => notChartedReasons(laterBuilt), [laterBuilt]);

  return (
    <>
      {laterBuilt.map((later) => (
        <ChartCard
          key={later.spec.id}
          spec={later.spec}
          filtered={filtered}
          later={later}
          ctx={ctx}
          onSelectClaim={p.onSelectClaim}
          onToggleLog={setLogScale}
          narrow={p.narrow}
          titleHref={href({ page: 'view', view: later.spec.id })}
        />
      ))}
      <Suspense fallback={null}>
        <AddSourcePanel lang={lang} user={p.user} propose={proposeFor} />
        <ImportPanel state={p.imports.state} lang={lang} onFile={p.imports.importFile} onRemove={p.imports.remove} />
        <AuditPanel
          findings={p.findings}
          claims={p.claimsById}
          sources={p.dataset.sources}
          lang={lang}
          onSelectClaim={p.onSelectClaim}
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
        onSelect={p.onSelectClaim}
        notCharted={notCharted}
        pinned={p.pinned}
        onTogglePin={togglePin}
        flagged={ctx.flagged}
        selectedId={p.selectedId}
      />
    </>
  );
}
