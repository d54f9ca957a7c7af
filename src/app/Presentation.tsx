import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { QuoteWithTranslation } from '../components/QuoteWithTranslation';
import { FONT_FAMILY } from '../charts/base-option';
import type { ViewContext } from '../charts/view-types';
import { VIEWS } from '../views/views';
import { EChart } from '../components/EChart';
import { slideAction, stepSlide } from '../components/presentation-keys';
import { DatasetVersionContext } from '../components/dataset-version';
import type { Claim } from '../data/claim';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import type { TextLine } from '../export/layout';
import { buildSlide } from '../export/slide';
import { useWindowSize } from './use-window-size';
import type { MeasureText } from '../domain/text-measure';

interface Props {
  /** The view on screen. */
  current: string;
  /** Claims after the page filters. */
  filtered: readonly Claim[];
  ctx: ViewContext;
  onMove: (viewId: string) => void;
  onLeave: () => void;
}

const IDS = VIEWS.map((v) => v.id);
/** The strip under the slide that holds its controls. */
const CONTROLS_HEIGHT = 40;

/** Text widths as this browser draws the slide's font, so lines wrap where the export would. */
function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight = 400) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

/** One line of the export layout, placed where the exported figure draws it. */
function PlacedLine({ line, as: Tag = 'div' }: { line: TextLine; as?: 'div' | 'h2' | 'p' }) {
  return (
    <Tag
      className="slide-line"
      style={{
        left: line.x,
        // The layout gives the alphabetic baseline; a 1.25 em line box puts it about one em below its top.
        top: line.y - line.fontSize,
        fontSize: line.fontSize,
        fontWeight: line.fontWeight,
        color: line.color,
        maxWidth: line.maxWidth,
      }}
    >
      {line.text}
    </Tag>
  );
}

/**
 * Presentation mode: one view per slide, laid out as its exported figure (title, unit, chart, numbered
 * source footnotes, dataset line) at the size of the screen. → / space / ← / Home / End move, Q shows the
 * slide's sentences, Esc (or leaving full screen) ends it. The address follows the slide (the store's
 * `present`), so a slide can be linked to.
 */
export default function Presentation({ current, filtered, ctx, onMove, onLeave }: Props) {
  const { lang } = ctx;
  const spec = VIEWS.find((v) => v.id === current) ?? VIEWS[0]!;
  const windowSize = useWindowSize();
  const size = useMemo(() => ({ width: windowSize.width, height: windowSize.height - CONTROLS_HEIGHT }), [windowSize]);
  const measure = useMemo(() => canvasMeasure(), []);
  const version = useContext(DatasetVersionContext);
  const slide = useMemo(
    () => buildSlide(spec, filtered, ctx, size, measure, version),
    [spec, filtered, ctx, size, measure, version],
  );
  const [quotes, setQuotes] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const moves = useRef({ onMove, onLeave, current });
  useEffect(() => {
    moves.current = { onMove, onLeave, current };
  }, [onMove, onLeave, current]);

  // Keys work wherever focus is, as long as the presentation is open; a focused button keeps its own keys.
  useEffect(() => {
    const leave = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      moves.current.onLeave();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const action = slideAction(e.key);
      if (!action) return;
      if ((e.key === ' ' || e.key === 'Enter') && (e.target as Element | null)?.closest?.('button')) return;
      e.preventDefault();
      if (action === 'leave') leave();
      else if (action === 'quotes') setQuotes((q) => !q);
      else moves.current.onMove(stepSlide(IDS, moves.current.current, action));
    };
    // Esc in full screen is the browser's: it leaves full screen, and presentation mode goes with it.
    const onFullscreen = () => {
      if (!document.fullscreenElement) moves.current.onLeave();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  // Focus moves into the presentation, and back to where it was when it ends.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    return () => before?.focus?.();
  }, []);

  const n = IDS.indexOf(spec.id) + 1;
  const label = t('presentLabel', lang, { title: slide.meta.title, n, total: IDS.length });
  const { layout } = slide;
  const chart =
    slide.error !== undefined ? (
      <p className="card-error" role="alert">
        {t('viewFailed', lang)} <code>{slide.error}</code>
      </p>
    ) : slide.claims.length === 0 || !slide.option ? (
      <p className="card-empty">{t('presentEmpty', lang)}</p>
    ) : (
      <EChart
        viewId={`slide-${spec.id}`}
        option={slide.option}
        height={layout ? layout.chart.height : Math.max(240, size.height * 0.5)}
        onSelectClaim={() => setQuotes(true)}
        ariaLabel={`${slide.meta.title}: ${slide.meta.subtitle}`}
        lang={lang}
      />
    );

  return (
    <div
      ref={dialog}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      tabIndex={-1}
      data-slide={spec.id}
      style={{ fontFamily: FONT_FAMILY }}
    >
      {layout ? (
        <div className="slide" style={{ width: layout.width, height: layout.height }}>
          {layout.title.map((l, i) => (
            <PlacedLine key={`t${i}`} line={l} as={i === 0 ? 'h2' : 'div'} />
          ))}
          {layout.subtitle.map((l, i) => (
            <PlacedLine key={`s${i}`} line={l} as="p" />
          ))}
          <div
            className="slide-chart"
            style={{
              left: layout.chart.x,
              top: layout.chart.y,
              width: layout.chart.width,
              height: layout.chart.height,
            }}
          >
            {chart}
          </div>
          <hr
            className="slide-rule"
            style={{ left: layout.rule.x1, top: layout.rule.y, width: layout.rule.x2 - layout.rule.x1 }}
          />
          <div className="slide-footer" data-footnotes={slide.meta.footnotes.length}>
            {layout.footerLines.map((l, i) => (
              <PlacedLine key={`f${i}`} line={l} />
            ))}
          </div>
        </div>
      ) : (
        <div className="slide flow">
          <h2>{slide.meta.title}</h2>
          <p className="card-subtitle">{slide.meta.subtitle}</p>
          {chart}
          <ol className="footnotes" data-footnotes={slide.meta.footnotes.length}>
            {slide.meta.footnotes.map((f) => (
              <li key={f.sourceId}>
                {f.marker} {f.text}
              </li>
            ))}
          </ol>
          <p className="muted">{slide.meta.datasetLine}</p>
        </div>
      )}
      {quotes && <SlideQuotes slideClaims={slide.claims} ctx={ctx} footnotes={slide.meta.footnotes} />}
      <div className="slide-controls">
        <span className="slide-keys">{t('presentKeys', lang)}</span>
        <button
          type="button"
          aria-label={t('presentPrev', lang)}
          disabled={n === 1}
          onClick={() => onMove(stepSlide(IDS, current, 'previous'))}
        >
          ←
        </button>
        <span aria-live="polite" className="slide-count">
          {n} / {IDS.length}
        </span>
        <button
          type="button"
          aria-label={t('presentNext', lang)}
          disabled={n === IDS.length}
          onClick={() => onMove(stepSlide(IDS, current, 'next'))}
        >
          →
        </button>
        <button type="button" aria-pressed={quotes} onClick={() => setQuotes(!quotes)}>
          {t('presentQuotes', lang)}
        </button>
        <button
          type="button"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
            onLeave();
          }}
        >
          {t('presentExit', lang)}
        </button>
      </div>
    </div>
  );
}

/** The verbatim sentences behind a slide, by footnote: in English the curators' translation above each. */
function SlideQuotes({
  slideClaims,
  ctx,
  footnotes,
}: {
  slideClaims: readonly Claim[];
  ctx: ViewContext;
  footnotes: readonly { sourceId: string; marker: string }[];
}) {
  const { lang } = ctx;
  const markerOf = new Map(footnotes.map((f) => [f.sourceId, f.marker]));
  return (
    <aside className="slide-quotes" aria-labelledby="slide-quotes-title">
      <h2 id="slide-quotes-title">{t('presentQuotesTitle', lang)}</h2>
      <ul>
        {slideClaims.map((c) => {
          const p = provenanceOf(c, ctx.sources.get(c.sourceId));
          return (
            <li key={c.id} data-claim-id={c.id}>
              <p className="slide-quote-label">
                <span aria-hidden="true">{markerOf.get(c.sourceId)} </span>
                {p.label[lang]} — {p.speaker[lang]}
              </p>
              <QuoteWithTranslation provenance={p} lang={lang} />
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
