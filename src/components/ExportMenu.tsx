import type { EChartsCoreOption } from 'echarts/core';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import type { Lang } from '../domain/format-number';
import { copyPngToClipboard } from '../export/clipboard';
import { downloadBlob, downloadText } from '../export/download';
import { exportErrorText } from '../export/export-error';
import { t } from '../domain/messages';
import type { FigureSpec } from '../export/figure-spec';
import { exportFileName } from '../export/file-name';
import { PIXEL_RATIOS, presetSize, type ExportSize, type PresetId } from '../export/presets';
import '../export/export.css';
import { chartInstances } from './chart-registry';

/** Props of the per-chart export disclosure. */
export interface ExportMenuProps {
  /** A view id, or a comparison's id: names the files. */
  viewId: string;
  title: string;
  /** The subtitle naming the unit(s). */
  subtitle: string;
  /** The chart's option built with a light theme (dark: false), called only when exporting. */
  buildLightOption: () => EChartsCoreOption;
  /** The claims the chart shows: the footnotes cite their sources. */
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  /** The chart's size on screen, offered as a preset; without it the live chart's size is read on opening. */
  screenSize?: ExportSize;
}

type Format = 'png' | 'svg' | 'copy';
interface Status {
  text: string;
  error: boolean;
}

const FIXED_PRESETS = ['wide', 'standard', 'square'] as const;

/** The "Export" button of a chart card and its panel: size, pixel ratio, background, PNG / SVG / copy. */
export function ExportMenu(props: ExportMenuProps) {
  const { viewId, title, lang, claims } = props;
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<PresetId>('wide');
  const [ratio, setRatio] = useState(1);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const empty = claims.length === 0;
  // Without a size from the caller, the live chart of this view (registered for exports) tells its own.
  const [liveSize, setLiveSize] = useState<ExportSize | undefined>();
  const screenSize = props.screenSize ?? liveSize;
  const onToggle = () => {
    const live = chartInstances.get(viewId);
    if (!open && live && !props.screenSize) setLiveSize({ width: live.getWidth(), height: live.getHeight() });
    setOpen(!open);
  };

  const spec = (): FigureSpec => ({
    viewId,
    title,
    subtitle: props.subtitle,
    option: props.buildLightOption(),
    claims,
    sources: props.sources,
    lang,
    size: presetSize(preset, screenSize),
    pixelRatio: ratio,
    transparent,
  });

  /** The render module, and the spec with its final size: the on-screen preset adds header and footer room. */
  async function prepare(base: FigureSpec) {
    const [render, figure] = await Promise.all([import('../export/render-image'), import('../export/figure-spec')]);
    if (preset !== 'screen') return { render, s: base };
    return { render, s: { ...base, size: figure.screenFigureSize(base.size, base), chartZoom: 1 } };
  }

  async function run(format: Format) {
    setBusy(true);
    setStatus({ text: t('rendering', lang), error: false });
    try {
      const base = spec();
      const now = new Date();
      if (format === 'copy') {
        // Nothing is awaited before the write: the clipboard needs the click's user activation.
        await copyPngToClipboard(() => prepare(base).then(({ render, s }) => render.renderPng(s)));
        setStatus({ text: t('copied', lang), error: false });
        return;
      }
      const { render, s } = await prepare(base);
      if (format === 'svg') {
        const file = exportFileName(viewId, 'svg', now, s.size);
        downloadText(await render.renderSvg(s), file, 'image/svg+xml');
        setStatus({ text: t('saved', lang, { file }), error: false });
      } else {
        const pixels = { width: s.size.width * ratio, height: s.size.height * ratio };
        const file = exportFileName(viewId, 'png', now, pixels);
        downloadBlob(await render.renderPng(s), file);
        setStatus({ text: t('saved', lang, { file }), error: false });
      }
    } catch (e) {
      setStatus({ text: exportErrorText(e, lang), error: true });
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  const presets: PresetId[] = screenSize ? [...FIXED_PRESETS, 'screen'] : [...FIXED_PRESETS];
  const presetLabel = (p: PresetId) =>
    p === 'screen'
      ? t('preset_screen', lang, { w: Math.round(screenSize?.width ?? 0), h: Math.round(screenSize?.height ?? 0) })
      : t(`preset_${p}`, lang);

  return (
    <div className="export-menu" data-export-menu={viewId} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        data-export-toggle=""
        onClick={onToggle}
      >
        {t('export', lang)}
      </button>
      <div
        className="export-panel"
        id={panelId}
        hidden={!open}
        role="group"
        aria-label={`${t('exportThisChart', lang)}: ${title}`}
        aria-busy={busy}
      >
        <label>
          {t('size', lang)}
          <select value={preset} data-export-setting="preset" onChange={(e) => setPreset(e.target.value as PresetId)}>
            {presets.map((p) => (
              <option key={p} value={p}>
                {presetLabel(p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pixelRatio', lang)}
          <select value={ratio} data-export-setting="ratio" onChange={(e) => setRatio(Number(e.target.value))}>
            {PIXEL_RATIOS.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('transparent', lang)}
          <input
            type="checkbox"
            checked={transparent}
            data-export-setting="transparent"
            onChange={(e) => setTransparent(e.target.checked)}
          />
        </label>
        <div className="export-actions">
          {(['png', 'svg', 'copy'] as const).map((f) => (
            <button key={f} type="button" data-format={f} disabled={busy || empty} onClick={() => void run(f)}>
              {t(f === 'copy' ? 'copyImage' : f, lang)}
            </button>
          ))}
        </div>
        <p className="export-hint">{t(empty ? 'noChart' : 'footerAlways', lang)}</p>
        <p className={status?.error ? 'export-status error' : 'export-status'} role="status" data-export-status="">
          {status?.text}
        </p>
      </div>
    </div>
  );
}
