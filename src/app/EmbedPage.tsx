import { useContext, useMemo } from 'react';
import { buildView } from '../charts/build-views';
import { fitToNarrow } from '../charts/fit-narrow';
import { fitRowLabels } from '../charts/row-label';
import { shownOf, type ViewContext } from '../charts/view-types';
import { VIEWS } from '../views/views';
import { EChart } from '../components/EChart';
import { DatasetVersionContext } from '../components/dataset-version';
import type { Claim } from '../data/claim';
import { t } from '../domain/messages';
import { figureMeta } from '../export/figure-spec';
import { usePageHref } from './use-page-href';
import { useWindowSize } from './use-window-size';

interface Props {
  viewId: string;
  filtered: readonly Claim[];
  ctx: ViewContext;
}

/** Frames this wide or narrower get a phone's layout, as the page does below 640 px. */
const NARROW_FRAME = 640;

/**
 * A view bare, for an iframe (`?view=…&embed=1`): its title and unit, the chart, the numbered source
 * footnotes of an exported figure, and a link to the full page where every point's sentence can be read.
 */
export default function EmbedPage({ viewId, filtered, ctx }: Props) {
  const { lang } = ctx;
  const spec = VIEWS.find((v) => v.id === viewId)!;
  const { width: windowWidth, height: windowHeight } = useWindowSize();
  // A chart embedded in a phone's column is laid out as a phone's card: narrower row labels, tighter marks.
  const narrow = windowWidth <= NARROW_FRAME;
  const built = useMemo(
    () => buildView(spec, filtered, narrow ? { ...ctx, narrow } : ctx),
    [spec, filtered, ctx, narrow],
  );
  const option = useMemo(
    () => (built.result instanceof Error ? undefined : narrow ? fitToNarrow(built.result.option) : built.result.option),
    [built, narrow],
  );
  const href = usePageHref();
  // Named in the footer, as on an exported figure: a chart on someone else's page is cited from there.
  const datasetVersion = useContext(DatasetVersionContext);
  if (built.result instanceof Error)
    return (
      <p className="card-error" role="alert">
        {t('viewFailed', lang)} <code>{built.result.message}</code>
      </p>
    );
  const result = built.result;
  const shown = shownOf(built.claims, result.shown);
  const meta = figureMeta({
    title: spec.title[lang],
    subtitle: spec.subtitle[lang],
    claims: shown,
    sources: ctx.sources,
    lang,
    datasetVersion,
  });
  // What the title, footnotes and link take; the chart has the rest of the frame, within reason.
  const height = Math.max(260, Math.min(900, windowHeight - 150 - 22 * meta.footnotes.length));
  return (
    <main className="embed" data-embed={viewId}>
      <h1 className="embed-title">{meta.title}</h1>
      <p className="card-subtitle">{meta.subtitle}</p>
      {shown.length === 0 ? (
        <p className="card-empty">{t('noClaimsInView', lang)}</p>
      ) : (
        <EChart
          viewId={viewId}
          option={fitRowLabels(option ?? result.option, height)}
          height={height}
          onSelectClaim={() => {}}
          ariaLabel={`${meta.title}: ${meta.subtitle}`}
          lang={lang}
        />
      )}
      <ol className="footnotes" aria-label={t('pageSourcesTitle', lang)}>
        {meta.footnotes.map((f) => (
          <li key={f.sourceId} data-footnote={f.n}>
            <span aria-hidden="true">{f.marker} </span>
            {f.text}
          </li>
        ))}
      </ol>
      <p className="embed-foot muted">
        {meta.datasetLine} ·{' '}
        <a href={href({ page: 'view', view: viewId })} target="_blank" rel="noopener">
          {t('embedFullPage', lang)}
        </a>
      </p>
    </main>
  );
}
