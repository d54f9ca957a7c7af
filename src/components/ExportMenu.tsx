import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../domain/messages';
import type { ExportSize } from '../export/presets';
import '../export/export.css';
import { chartInstances } from '../echarts/chart-registry';
import type { ExportMenuProps } from './export-menu-props';

// The panel (settings, renderers, clipboard) is its own chunk, fetched when a menu is first opened.
const ExportPanel = lazy(() => import('./ExportPanel'));

/** The "Export" button of a chart card and its panel: size, pixel ratio, background, PNG / SVG / copy. */
export function ExportMenu(props: ExportMenuProps) {
  const { viewId, lang } = props;
  const [open, setOpen] = useState(false);
  // Once opened the panel stays mounted (hidden when closed), so its settings survive closing it.
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  // Without a size from the caller, the live chart of this view (registered for exports) tells its own.
  const [liveSize, setLiveSize] = useState<ExportSize | undefined>();
  const onToggle = () => {
    const live = chartInstances.get(viewId);
    if (!open && live && !props.screenSize) setLiveSize({ width: live.getWidth(), height: live.getHeight() });
    setOpen(!open);
    setOpened(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

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
      {opened && (
        <Suspense fallback={open ? <div className="export-panel" aria-busy="true" /> : null}>
          <ExportPanel {...props} id={panelId} hidden={!open} screenSize={props.screenSize ?? liveSize} />
        </Suspense>
      )}
    </div>
  );
}
