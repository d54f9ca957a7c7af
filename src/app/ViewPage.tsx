import { useEffect, useMemo } from 'react';
import { buildView } from '../charts/build-views';
import type { ViewContext } from '../charts/view-types';
import { VIEWS } from '../views/views';
import { ChartCard } from '../components/ChartCard';
import { ClaimsTable } from '../components/ClaimsTable';
import { EmbedMenu } from '../components/EmbedMenu';
import { ViewDownloads } from '../components/ViewDownloads';
import { ViewSources } from '../components/ViewSources';
import type { Claim } from '../data/claim';
import { t } from '../domain/messages';
import { absoluteHref, embedSnippet } from '../export/embed-snippet';
import { useAppStore } from '../state/store';
import { usePageHref } from './use-page-href';

interface Props {
  viewId: string;
  /** Claims after the page filters. */
  filtered: readonly Claim[];
  ctx: ViewContext;
  narrow: boolean;
  pinned: ReadonlySet<string>;
  selectedId?: string;
  onSelectClaim: (id: string) => void;
}

/**
 * One view on its own page: the chart large (its card, with the export menu and whatever else its header
 * offers), the downloads and the embed code, its sources with the sentences behind each point, and the
 * table of its claims. The page's filters still apply.
 */
export default function ViewPage({ viewId, filtered, ctx, narrow, pinned, selectedId, onSelectClaim }: Props) {
  const { lang } = ctx;
  const spec = VIEWS.find((v) => v.id === viewId)!;
  const built = useMemo(() => buildView(spec, filtered, ctx), [spec, filtered, ctx]);
  const setLogScale = useAppStore((s) => s.setLogScale);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const sortKey = useAppStore((s) => s.sortKey);
  const sortDir = useAppStore((s) => s.sortDir);
  const sortBy = useAppStore((s) => s.sortBy);
  const togglePin = useAppStore((s) => s.togglePin);
  const order = useMemo(() => ({ key: sortKey, dir: sortDir }), [sortKey, sortDir]);
  const href = usePageHref();
  const snippet = embedSnippet(absoluteHref(href({ page: 'embed', view: viewId }), window.location), spec.title[lang]);
  // The tab and the browser's history name the chart, not just the dashboard.
  useEffect(() => {
    const before = document.title;
    document.title = `${spec.title[lang]} · ${t('appTitle', lang)}`;
    return () => {
      document.title = before;
    };
  }, [spec, lang]);
  const notCharted = useMemo(
    () => new Map(built.result instanceof Error ? [] : built.result.omitted.map((o) => [o.claimId, o.reason])),
    [built],
  );

  return (
    <main className="view-page" data-view-page={viewId}>
      <ChartCard
        spec={spec}
        filtered={filtered}
        later={built}
        ctx={ctx}
        onSelectClaim={onSelectClaim}
        onToggleLog={setLogScale}
        narrow={narrow}
        large
      />
      <section className="view-share chart-card" aria-labelledby="view-share-title">
        <h2 id="view-share-title">{t('pageDownloadsTitle', lang)}</h2>
        <ViewDownloads viewId={viewId} claims={built.claims} sources={ctx.sources} lang={lang} />
        <EmbedMenu snippet={snippet} lang={lang} />
      </section>
      <ViewSources claims={built.claims} sources={ctx.sources} lang={lang} onSelectClaim={onSelectClaim} />
      <ClaimsTable
        claims={built.claims}
        sources={ctx.sources}
        lang={lang}
        search={search}
        order={order}
        onSearch={setSearch}
        onSort={sortBy}
        onSelect={onSelectClaim}
        notCharted={notCharted}
        pinned={pinned}
        onTogglePin={togglePin}
        flagged={ctx.flagged}
        selectedId={selectedId}
        caption={t('pageClaimsTitle', lang)}
      />
    </main>
  );
}
