import { memo, useContext, useDeferredValue, useMemo, useRef } from 'react';
import type { Claim } from '../data/claim';
import { buildView, type BuiltView } from '../charts/build-views';
import { shownOf, type ViewContext, type ViewSpec } from '../charts/view-types';
import { optionDescription } from '../charts/base-option';
import { describeChart } from '../domain/chart-description';
import { t } from '../domain/messages';
import { announcerFor } from '../domain/point-announcement';
import { sourceCredit } from '../domain/source-credit';
import { ChartAbout, chartAboutIds } from './ChartAbout';
import { EChart } from './EChart';
import { ErrorBoundary } from './ErrorBoundary';
import { CiteMenu } from './CiteMenu';
import { ExportMenu } from './ExportMenu';
import { fitToNarrow } from '../charts/fit-narrow';
import { fitRowLabels } from '../charts/row-label';
import { KindKey } from './KindKey';
import { useHeldWhileInactive, useNearViewport } from './use-near-viewport';
import { PrerenderContext, PrerenderedSlot } from './prerendered';

interface Props {
  spec: ViewSpec;
  /** The page's claims after its filters, as of now. */
  filtered: readonly Claim[];
  /** This view as the page built it in its deferred pass (possibly a change behind `filtered`). */
  later: BuiltView;
  ctx: ViewContext;
  onSelectClaim: (id: string) => void;
  onToggleLog: (log: boolean) => void;
  /** Phone-width layout: row labels get narrower so the plot keeps its room. */
  narrow?: boolean;
  /** The link to the view's own page, on its title (none on that page itself). */
  titleHref?: string;
  /** The view's own page: the chart gets more height. */
  large?: boolean;
}

/** Height of a chart row: room for a row label on two lines (src/charts/row-label.ts). */
const ROW_HEIGHT = 30;

/** One view: title, unit subtitle, chart, claim count, and the one-line source credit under it. */
function ChartCardBody({
  spec,
  filtered,
  later,
  ctx,
  onSelectClaim,
  onToggleLog,
  narrow = false,
  titleHref,
  large,
}: Props) {
  const { lang } = ctx;
  const cardRef = useRef<HTMLElement>(null);
  const near = useNearViewport(cardRef);
  // A card near the viewport builds its view from the claims as they are now: its chart must follow a
  // filter click at once. A card away from it takes the page's deferred build, so a click does not wait
  // for views nobody is looking at (with thousands of imported claims, that is most of the work).
  // A phone-width card tells the view, which may pack its marks tighter (the deferred build is drawn only
  // after this one replaces it: a card is drawn near the viewport).
  const viewCtx = useMemo(() => (narrow ? { ...ctx, narrow } : ctx), [ctx, narrow]);
  // A card near the viewport but not in it takes a filter change a moment later, after the cards in view
  // have been redrawn and painted: it is ready before it is scrolled to, and the click waits only for what
  // can be seen.
  const visible = useNearViewport(cardRef, '0px');
  const soonFiltered = useDeferredValue(filtered);
  const ownFiltered = visible ? filtered : soonFiltered;
  const fresh = useMemo(
    () => (near ? buildView(spec, ownFiltered, viewCtx) : undefined),
    [near, spec, ownFiltered, viewCtx],
  );
  const { claims, result: built } = fresh ?? later;
  const result = useMemo(
    () => (narrow && !(built instanceof Error) ? { ...built, option: fitToNarrow(built.option) } : built),
    [built, narrow],
  );
  const height =
    result instanceof Error
      ? 0
      : Math.max(large ? 560 : 320, Math.min(720, 120 + (large ? 32 : ROW_HEIGHT) * (result.rows ?? 8)));
  const picture = useMemo(
    () => (result instanceof Error ? undefined : { option: fitRowLabels(result.option, height), height }),
    [result, height],
  );
  // The build draws the phone-width picture too (the page picks the one its width needs).
  const drawing = useContext(PrerenderContext).drawer !== undefined;
  const narrowOption = useMemo(() => {
    if (!drawing) return undefined;
    const phone = buildView(spec, filtered, { ...ctx, narrow: true }).result;
    return phone instanceof Error ? undefined : fitRowLabels(fitToNarrow(phone.option), height);
  }, [drawing, spec, filtered, ctx, height]);
  // Only charts near the viewport are drawn; one scrolled away keeps its last picture (and size) until it is back.
  const live = useHeldWhileInactive(picture, near);
  const shownClaims = useMemo(() => (result instanceof Error ? [] : shownOf(claims, result.shown)), [claims, result]);
  const description = useMemo(
    () =>
      result instanceof Error ? '' : describeChart(optionDescription(result.option), shownClaims, ctx.sources, lang),
    [result, shownClaims, ctx.sources, lang],
  );
  const announce = useMemo(() => announcerFor(claims, ctx.sources, lang), [claims, ctx.sources, lang]);
  // Memoised like the rest: every card re-renders on a filter click, most with the same claims as before.
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const credit = useMemo(() => sourceCredit(shownClaims, ctx.sources, lang), [shownClaims, ctx.sources, lang]);
  const failure = (e: Error) => (
    <div className="card-error" role="alert">
      {t('viewFailed', lang)} <code>{e.message}</code>
    </div>
  );
  return (
    <article
      ref={cardRef}
      className="chart-card"
      id={`view-${spec.id}`}
      data-view-id={spec.id}
      data-shown-claims={result instanceof Error ? '' : result.shown.join(' ')}
      aria-labelledby={`title-${spec.id}`}
    >
      <header className="card-head">
        <div>
          <h2 id={`title-${spec.id}`}>
            {titleHref ? (
              <a
                className="card-title-link"
                href={titleHref}
                title={t('pageOpenView', lang, { title: spec.title[lang] })}
              >
                {spec.title[lang]}
              </a>
            ) : (
              spec.title[lang]
            )}
          </h2>
          <p className="card-subtitle">{spec.subtitle[lang]}</p>
        </div>
        <div className="card-tools">
          {!(result instanceof Error) && result.hasLogAxis && (
            <label className="log-toggle">
              <input type="checkbox" checked={ctx.logScale} onChange={(e) => onToggleLog(e.target.checked)} />
              {t('logScale', lang)}
            </label>
          )}
          {!(result instanceof Error) && (
            <ExportMenu
              viewId={spec.id}
              title={spec.title[lang]}
              subtitle={spec.subtitle[lang]}
              // Exports are light by default even in dark mode: slides are light.
              buildLightOption={() => spec.build(claims, { ...ctx, dark: false }).option}
              claims={shownClaims}
              sources={ctx.sources}
              lang={lang}
            />
          )}
          {!(result instanceof Error) && <CiteMenu viewId={spec.id} title={spec.title[lang]} lang={lang} />}
        </div>
      </header>
      {result instanceof Error ? (
        failure(result)
      ) : (
        <>
          <ErrorBoundary fallback={failure} resetKey={result}>
            {result.shown.length === 0 ? (
              <p className="card-empty">{t('noClaimsInView', lang)}</p>
            ) : !live ? (
              <div className="echart-placeholder" style={{ height }} aria-hidden="true">
                <PrerenderedSlot chartKey={spec.id} />
              </div>
            ) : (
              <EChart
                viewId={spec.id}
                option={live.option}
                height={live.height}
                onSelectClaim={onSelectClaim}
                ariaLabel={`${spec.title[lang]}: ${spec.subtitle[lang]}`}
                lang={lang}
                description={description}
                describedBy={chartAboutIds(spec.id)}
                announce={announce}
                narrowOption={narrowOption}
              />
            )}
          </ErrorBoundary>
          <KindKey lang={lang} />
          <div className="card-count" data-testid="view-count">
            {t('viewShows', lang).replace('{n}', String(result.shown.length))}
            {result.omitted.length > 0 && (
              <details className="omitted">
                <summary>{t('viewOmitted', lang).replace('{n}', String(result.omitted.length))}</summary>
                <ul>
                  {result.omitted.map((o) => {
                    const c = byId.get(o.claimId);
                    return (
                      <li key={o.claimId}>
                        <button type="button" className="link" onClick={() => onSelectClaim(o.claimId)}>
                          {c ? (lang === 'zh' ? c.labelZh : c.labelEn) : o.claimId}
                        </button>
                        : {o.reason}
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
          </div>
          {result.shown.length > 0 && <ChartAbout chartId={spec.id} description={description} lang={lang} />}
          <p className="card-credit">{credit}</p>
        </>
      )}
    </article>
  );
}

/** Memoised: a card re-renders only when its own view changes. */
export const ChartCard = memo(ChartCardBody);
