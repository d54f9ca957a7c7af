import { useContext, useMemo } from 'react';
import { shownOf, type ViewContext } from '../charts/view-types';
import type { Claim } from '../data/claim';
import { COMMON_UNIT_NAMES } from '../domain/compare/format-common';
import type { CommonUnit, Question } from '../domain/compare/question';
import { methodFor, QUESTIONS, questionForPins } from '../domain/compare/questions';
import { buildCompareFigure, questionById, unitFor } from '../views/compare-figure';
import { optionDescription } from '../charts/base-option';
import { describeChart } from '../domain/chart-description';
import { announcerFor } from '../domain/point-announcement';
import { ExportMenu } from './ExportMenu';
import { ChartAbout, chartAboutIds } from './ChartAbout';
import { t } from '../domain/messages';
import { EChart } from './EChart';
import { PrerenderContext } from './prerendered';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  /** Claims after the page filters: what the questions compare. */
  claims: readonly Claim[];
  /** Every claim: pins survive filters. */
  allClaims: readonly Claim[];
  ctx: ViewContext;
  question: string;
  unit?: string;
  pins: readonly string[];
  onQuestion: (q: string) => void;
  onUnit: (u: string | undefined) => void;
  onTogglePin: (id: string) => void;
  onClearPins: () => void;
  onSelectClaim: (id: string) => void;
  /** Phone-width layout: the comparison drops its vintage panel and narrows its row labels. */
  narrow?: boolean;
}

/** One comparison: chart, the spread in plain words, how the numbers were normalised, and its export. */
function Comparison({
  q,
  claims,
  unit,
  ctx,
  viewId,
  onSelectClaim,
  narrow,
}: {
  q: Question;
  claims: readonly Claim[];
  unit: CommonUnit;
  ctx: ViewContext;
  viewId: string;
  onSelectClaim: (id: string) => void;
  narrow: boolean;
}) {
  const { lang } = ctx;
  const built = useMemo(() => {
    try {
      return buildCompareFigure(q, claims, unit, ctx, narrow);
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }, [claims, unit, ctx, q, narrow]);
  // The build draws the phone-width picture too (the page picks the one its width needs).
  const drawing = useContext(PrerenderContext).drawer !== undefined;
  const narrowOption = useMemo(() => {
    if (!drawing) return undefined;
    const phone = buildCompareFigure(q, claims, unit, ctx, true);
    return phone.result.option;
  }, [drawing, q, claims, unit, ctx]);
  const failure = (e: Error) => (
    <div className="card-error" role="alert">
      {t('viewFailed', lang)} <code>{e.message}</code>
    </div>
  );
  const shownClaims = useMemo(() => (built instanceof Error ? [] : shownOf(built.claims, built.result.shown)), [built]);
  const description = useMemo(
    () =>
      built instanceof Error
        ? ''
        : describeChart(optionDescription(built.result.option), shownClaims, ctx.sources, lang),
    [built, shownClaims, ctx.sources, lang],
  );
  const announce = useMemo(
    () => announcerFor(built instanceof Error ? [] : built.claims, ctx.sources, lang),
    [built, ctx.sources, lang],
  );
  if (built instanceof Error) return failure(built);
  const { spread, result } = built;
  return (
    <div className="comparison" data-view-id={viewId} data-shown-claims={result.shown.join(' ')}>
      <div className="comparison-tools">
        <ExportMenu
          viewId={viewId}
          title={q.title[lang]}
          subtitle={COMMON_UNIT_NAMES[unit][lang]}
          buildLightOption={() => buildCompareFigure(q, claims, unit, { ...ctx, dark: false }).result.option}
          claims={shownClaims}
          sources={ctx.sources}
          lang={lang}
        />
      </div>
      {spread && (
        <p className="spread" data-testid="spread">
          {spread.summary[lang]}
        </p>
      )}
      {result.thinned && (
        <p className="thinned" data-testid="thinned">
          {t('compareThinned', lang, result.thinned)}
        </p>
      )}
      {result.shown.length === 0 ? (
        <p className="card-empty">{t('noClaimsInView', lang)}</p>
      ) : (
        <ErrorBoundary fallback={failure} resetKey={result}>
          <EChart
            viewId={viewId}
            option={result.option}
            height={Math.max(260, 90 + 34 * result.shown.length)}
            onSelectClaim={onSelectClaim}
            ariaLabel={q.title[lang]}
            lang={lang}
            description={description}
            describedBy={chartAboutIds(viewId)}
            announce={announce}
            narrowOption={narrowOption}
          />
        </ErrorBoundary>
      )}
      {result.shown.length > 0 && <ChartAbout chartId={viewId} description={description} lang={lang} />}
      {result.omitted.length > 0 && (
        <details className="omitted">
          <summary>{t('viewOmitted', lang).replace('{n}', String(result.omitted.length))}</summary>
          <ul>
            {result.omitted.map((o) => (
              <li key={o.claimId}>
                <button type="button" className="link" onClick={() => onSelectClaim(o.claimId)}>
                  {o.claimId}
                </button>
                : {o.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="method">
        <summary>{t('howWeNormalise', lang)}</summary>
        <p>{methodFor(unit)[lang]}</p>
      </details>
    </div>
  );
}

/**
 * The compare view: pick a question several sources answer and see every claim in one unit, with the spread
 * stated plainly; or compare the claims you pinned from any view or the table.
 */
export function ComparePanel(p: Props) {
  const { lang } = p.ctx;
  const pinnedClaims = useMemo(
    () => p.pins.map((id) => p.allClaims.find((c) => c.id === id)).filter((c): c is Claim => !!c),
    [p.pins, p.allClaims],
  );
  const question = p.question === 'pinned' ? undefined : questionById(p.question);
  const unit = question ? unitFor(question, p.unit) : undefined;
  const pinPanels = useMemo(
    () => (p.question === 'pinned' ? questionForPins(pinnedClaims) : []),
    [p.question, pinnedClaims],
  );

  return (
    <section className="compare-panel chart-card" id="compare" aria-labelledby="compare-title">
      <header className="card-head">
        <div>
          <h2 id="compare-title">{t('compareTitle', lang)}</h2>
          <p className="card-subtitle">{t('compareSubtitle', lang)}</p>
        </div>
      </header>
      <div className="compare-controls">
        <label>
          {t('question', lang)}{' '}
          <select value={p.question} onChange={(e) => p.onQuestion(e.target.value)}>
            {QUESTIONS.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title[lang]}
              </option>
            ))}
            <option value="pinned">
              {t('pinnedClaims', lang)} ({pinnedClaims.length})
            </option>
          </select>
        </label>
        {question && question.units.length > 1 && (
          <div role="group" aria-label={t('unit', lang)} className="segmented">
            {question.units.map((u) => (
              <button
                key={u}
                type="button"
                aria-pressed={u === unit}
                onClick={() => p.onUnit(u === question.units[0] ? undefined : u)}
              >
                {COMMON_UNIT_NAMES[u][lang]}
              </button>
            ))}
          </div>
        )}
      </div>
      {question && unit && (
        <Comparison
          q={question}
          claims={p.claims}
          unit={unit}
          ctx={p.ctx}
          viewId="compare"
          onSelectClaim={p.onSelectClaim}
          narrow={p.narrow ?? false}
        />
      )}
      {p.question === 'pinned' &&
        (pinPanels.length === 0 ? (
          <p className="card-empty">{t('noPins', lang)}</p>
        ) : (
          pinPanels.map((panel) => (
            <div key={panel.unit}>
              <h3 className="panel-title">{panel.question.title[lang]}</h3>
              <Comparison
                q={panel.question}
                claims={panel.claims}
                unit={panel.unit}
                ctx={p.ctx}
                viewId={`compare-${panel.question.id}`}
                onSelectClaim={p.onSelectClaim}
                narrow={p.narrow ?? false}
              />
            </div>
          ))
        ))}
      <div className="pins" aria-label={t('pinnedClaims', lang)}>
        <span className="muted">
          {t('pinnedClaims', lang)} ({pinnedClaims.length}):
        </span>
        {pinnedClaims.length === 0 && <span className="muted"> {t('howToPin', lang)}</span>}
        {pinnedClaims.map((c) => (
          <span key={c.id} className="pin-chip" data-pinned-id={c.id}>
            <button type="button" className="link" onClick={() => p.onSelectClaim(c.id)}>
              {lang === 'zh' ? c.labelZh : c.labelEn}
            </button>
            <button
              type="button"
              aria-label={`${t('unpin', lang)}: ${lang === 'zh' ? c.labelZh : c.labelEn}`}
              onClick={() => p.onTogglePin(c.id)}
            >
              ✕
            </button>
          </span>
        ))}
        {pinnedClaims.length > 0 && (
          <>
            {p.question !== 'pinned' && (
              <button type="button" onClick={() => p.onQuestion('pinned')}>
                {t('comparePinned', lang)}
              </button>
            )}
            <button type="button" onClick={p.onClearPins}>
              {t('clearPins', lang)}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
