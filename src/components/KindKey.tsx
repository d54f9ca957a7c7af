import { KINDS, type Kind } from '../data/vocabulary';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

const GLYPHS: Record<Kind, string> = { observed: '●', estimate: '■', forecast: '○', target: '◇', conditional: '△' };

/** The key to point styles: filled for what was observed, hollow for what is predicted, a red ring for a source error. */
export function KindKey({ lang }: { lang: Lang }) {
  return (
    <ul className="kind-key" aria-label={t('kindKey', lang)}>
      {(Object.keys(KINDS) as Kind[]).map((k) => (
        <li key={k}>
          <span aria-hidden="true">{GLYPHS[k]}</span> {KINDS[k][lang]}
        </li>
      ))}
      <li>
        <span aria-hidden="true" className="flag-ring">
          ◯
        </span>{' '}
        {t('flagSourceIssueShort', lang)}
      </li>
    </ul>
  );
}
