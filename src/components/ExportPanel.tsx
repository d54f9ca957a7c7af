import { useContext, useRef, useState } from 'react';
import { copyPngToClipboard } from '../export/clipboard';
import { downloadBlob, downloadText } from '../export/download';
import { exportErrorText } from '../domain/export-error';
import { t } from '../domain/messages';
import type { FigureSpec } from '../export/figure-spec';
import { exportFileName } from '../export/file-name';
import { PIXEL_RATIOS, presetSize, type PresetId } from '../export/presets';
import type { ExportMenuProps } from './export-menu-props';
import { DatasetVersionContext } from './dataset-version';
import { usePopoverPlacement } from './use-popover-placement';

/** What the panel needs besides the menu's props. */
export interface ExportPanelProps extends ExportMenuProps {
  id: string;
  hidden: boolean;
}

type Format = 'png' | 'svg' | 'copy';
interface Status {
  text: string;
  error: boolean;
}

const FIXED_PRESETS = ['wide', 'standard', 'square'] as const;

/**
 * The panel of a chart's export menu: size, pixel ratio, background, PNG / SVG / copy, and what happened.
 * Its own chunk, loaded when a menu is first opened: nobody needs it to read a chart.
 */
export default function ExportPanel(props: ExportPanelProps) {
  const { viewId, title, lang, claims, screenSize } = props;
  const [preset, setPreset] = useState<PresetId>('wide');
  const [ratio, setRatio] = useState(1);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const empty = claims.length === 0;
  const datasetVersion = useContext(DatasetVersionContext);
  const panel = useRef<HTMLDivElement>(null);
  usePopoverPlacement(panel, !props.hidden);

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
    datasetVersion,
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

  const presets: PresetId[] = screenSize ? [...FIXED_PRESETS, 'screen'] : [...FIXED_PRESETS];
  const presetLabel = (p: PresetId) =>
    p === 'screen'
      ? t('preset_screen', lang, { w: Math.round(screenSize?.width ?? 0), h: Math.round(screenSize?.height ?? 0) })
      : t(`preset_${p}`, lang);

  return (
    <div
      ref={panel}
      className="export-panel"
      id={props.id}
      hidden={props.hidden}
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
  );
}
