import { useCallback, useMemo, useRef } from 'react';
import { VIEWS } from '../views/views';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { tocGroups } from './toc-entries';
import { useCurrentSection } from './use-current-section';

interface Props {
  lang: Lang;
  /** Below the wide layout the contents fold into a bar at the top that opens on demand. */
  compact: boolean;
  /**
   * The build writes both forms of the contents, for the window width to pick with CSS before the app knows
   * it (pages.css, `toc-auto`): `onlyAt` marks which one this is.
   */
  onlyAt?: 'wide' | 'narrow';
}

/**
 * The dashboard's table of contents: a link per view card and per panel, grouped by topic, the link of the
 * section in view marked with aria-current. A sticky column on wide screens, a sticky folding bar on narrow
 * ones. Loaded with the view cards (it names them), so not in the first chart's JavaScript.
 */
export default function TableOfContents({ lang, compact, onlyAt }: Props) {
  const groups = useMemo(() => tocGroups(VIEWS, lang), [lang]);
  const targets = useMemo(() => groups.flatMap((g) => g.entries.map((e) => e.target)), [groups]);
  const container = useCallback(() => document.querySelector('main.views'), []);
  const current = useCurrentSection(targets, container);
  const details = useRef<HTMLDetailsElement>(null);
  const currentLabel = groups.flatMap((g) => g.entries).find((e) => e.target === current)?.label;
  // On a phone the open list covers the page: a chosen link closes it, and the page jumps there.
  const onPick = () => {
    if (compact && details.current) details.current.open = false;
  };
  const list = (
    <div className="toc-groups">
      {groups.map((g) => (
        <div key={g.heading} className="toc-group">
          <p className="toc-heading">{g.heading}</p>
          <ul>
            {g.entries.map((e) => (
              <li key={e.target}>
                <a href={`#${e.target}`} aria-current={e.target === current ? 'location' : undefined} onClick={onPick}>
                  {e.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
  return (
    <nav
      className={`${compact ? 'toc compact' : 'toc'}${onlyAt ? ` toc-only-${onlyAt}` : ''}`}
      aria-label={t('tocTitle', lang)}
    >
      {compact ? (
        <details ref={details}>
          <summary>
            {t('tocTitle', lang)}
            {currentLabel && <span className="toc-here"> · {currentLabel}</span>}
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h2 className="toc-title">{t('tocTitle', lang)}</h2>
          {list}
        </>
      )}
    </nav>
  );
}
