import { useId, useState } from 'react';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

interface Props {
  /** The iframe HTML to copy. */
  snippet: string;
  lang: Lang;
}

/** The "Embed" button of a view's page: the iframe snippet to copy, in a read-only box that selects itself. */
export function EmbedMenu({ snippet, lang }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const panelId = useId();
  const codeId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('embedCopied', lang));
    } catch {
      setStatus(t('embedCopyFailed', lang));
    }
  }
  return (
    <div className="embed-menu">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('embedButton', lang)}
      </button>
      <div className="embed-panel" id={panelId} hidden={!open} role="group" aria-label={t('embedTitle', lang)}>
        <p className="muted">{t('embedHint', lang)}</p>
        <label htmlFor={codeId} className="quote-label">
          {t('embedCode', lang)}
        </label>
        <textarea
          id={codeId}
          readOnly
          rows={4}
          value={snippet}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {t('embedCopy', lang)}
        </button>
        <p className="export-status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
