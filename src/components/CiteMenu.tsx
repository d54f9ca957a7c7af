import { useContext, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../domain/format-number';
import { t, type MessageKey } from '../domain/messages';
import { chartUrl, citeChart, type ChartCitation } from '../export/cite';
import { isoDay } from '../export/file-name';
import { DatasetVersionContext } from './dataset-version';
import { usePopoverPlacement } from './use-popover-placement';

interface Props {
  viewId: string;
  /** The chart's title in the page's language. */
  title: string;
  lang: Lang;
}

const FORMATS: { key: keyof ChartCitation; label: MessageKey; copy: MessageKey }[] = [
  { key: 'plain', label: 'citePlain', copy: 'citeCopyPlain' },
  { key: 'apa', label: 'citeApa', copy: 'citeCopyApa' },
  { key: 'bibtex', label: 'citeBibtex', copy: 'citeCopyBibtex' },
];

/** The "Cite" button of a chart card and its panel: plain text, APA and BibTeX, each with a copy button. */
export function CiteMenu({ viewId, title, lang }: Props) {
  const version = useContext(DatasetVersionContext);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  // Like the export menu, the panel stays on screen (it is taller than the room under a low card).
  usePopoverPlacement(panel, open);
  if (!version) return null; // nothing to cite until the dataset says which version it is

  // Built on each render while open: "accessed" is today, and the URL is this page's, wherever it is hosted.
  const citation = open
    ? citeChart({
        title,
        viewId,
        version,
        accessed: isoDay(new Date()),
        url: chartUrl(`${window.location.origin}${window.location.pathname}`, viewId),
        lang,
      })
    : undefined;
  const copy = async (key: keyof ChartCitation, label: string) => {
    try {
      await navigator.clipboard.writeText(citation![key]);
      setStatus(t('citeCopied', lang, { format: label }));
    } catch {
      setStatus(t('citeCopyFailed', lang));
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="cite-menu" data-cite-menu={viewId} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setStatus('');
        }}
      >
        {t('cite', lang)}
      </button>
      {citation && (
        <section ref={panel} id={panelId} className="cite-panel" aria-label={t('citeTitle', lang)}>
          {FORMATS.map(({ key, label, copy: copyLabel }) => (
            <div key={key} className="cite-format">
              <div className="cite-format-head">
                <h3 id={`${panelId}-${key}`}>{t(label, lang)}</h3>
                <button type="button" onClick={() => void copy(key, t(label, lang))}>
                  {t(copyLabel, lang)}
                </button>
              </div>
              {/* Focusable, so a keyboard user can select the text when the clipboard is refused. */}
              <pre tabIndex={0} aria-labelledby={`${panelId}-${key}`} data-cite-format={key}>
                {citation[key]}
              </pre>
            </div>
          ))}
          <p className="cite-status" role="status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}
