import { memo, useMemo, useState } from 'react';
import type { Claim } from '../data/claim';
import type { Source } from '../data/source';
import { formatClaimValue, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { provenanceOf } from '../domain/provenance';
import {
  citedDateText,
  flagTexts,
  kindText,
  showsTranslation,
  speakerText,
  translationLabel,
  translationSegments,
} from '../domain/provenance-format';
import { Segments } from './Segments';
import { searchClaims, sortClaims, type TableOrder } from '../domain/table-rows';
import { QuoteText } from './QuoteText';

interface Props {
  claims: readonly Claim[];
  sources: ReadonlyMap<string, Source>;
  lang: Lang;
  search: string;
  order: TableOrder;
  onSearch: (q: string) => void;
  onSort: (key: TableOrder['key']) => void;
  onSelect?: (id: string) => void;
  selectedId?: string;
  /** Claims no chart draws, with the reason, shown in their row. */
  notCharted?: ReadonlyMap<string, string>;
  /** Claims pinned into the comparison, and how to pin or unpin one. */
  pinned?: ReadonlySet<string>;
  onTogglePin?: (id: string) => void;
  /** Claim ids with audit findings (error or warning), badged in their row. */
  flagged?: ReadonlySet<string>;
  /** The table's heading, when it holds fewer than all claims (a view's own page). */
  caption?: string;
}

const SORTABLE: { key: TableOrder['key']; label: Parameters<typeof t>[0] }[] = [
  { key: 'label', label: 'colClaim' },
  { key: 'value', label: 'colValue' },
  { key: 'year', label: 'colYear' },
  { key: 'kind', label: 'colKind' },
  { key: 'source', label: 'colSource' },
];

/** Rows rendered at a time. */
const PAGE = 250;

/** The claims table: searchable, sortable, every row carrying its verbatim sentence. */
function ClaimsTableBody({
  claims,
  sources,
  lang,
  search,
  order,
  onSearch,
  onSort,
  onSelect,
  selectedId,
  notCharted,
  pinned,
  onTogglePin,
  flagged,
  caption,
}: Props) {
  const rows = useMemo(
    () => sortClaims(searchClaims(claims, search, sources), order, lang, sources),
    [claims, search, sources, order, lang],
  );
  // Thousands of imported rows would make every filter change re-render thousands of DOM rows;
  // the table shows a page at a time (search and sort still run over all of them).
  const [limit, setLimit] = useState(PAGE);
  const visible = rows.length > limit ? rows.slice(0, limit) : rows;
  return (
    <section className="claims-table" aria-labelledby="claims-table-title">
      <div className="table-toolbar">
        <h2 id="claims-table-title">{caption ?? t('tableCaption', lang)}</h2>
        <label className="search">
          <span className="visually-hidden">{t('search', lang)}</span>
          <input
            type="search"
            value={search}
            placeholder={t('searchPlaceholder', lang)}
            onChange={(e) => onSearch(e.target.value)}
          />
        </label>
        <span className="count" role="status">
          {t('showing', lang)} {rows.length} {t('of', lang)} {claims.length}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {SORTABLE.map(({ key, label }) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={order.key === key ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" onClick={() => onSort(key)}>
                    {t(label, lang)}
                    <span aria-hidden="true">{order.key === key ? (order.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('colQuote', lang)}</th>
              {onTogglePin && <th scope="col">{t('colPin', lang)}</th>}
            </tr>
          </thead>
          <tbody>
            {visible.map((c) => {
              const p = provenanceOf(c, sources.get(c.sourceId));
              const flags = flagTexts(p, lang);
              return (
                <tr
                  key={c.id}
                  data-claim-id={c.id}
                  className={c.id === selectedId ? 'selected' : undefined}
                  tabIndex={onSelect ? 0 : undefined}
                  aria-current={c.id === selectedId ? 'true' : undefined}
                  onClick={onSelect ? () => onSelect(c.id) : undefined}
                  onKeyDown={
                    onSelect
                      ? (e) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            onSelect(c.id);
                          }
                        }
                      : undefined
                  }
                >
                  <th scope="row">
                    {(flags.length > 0 || flagged?.has(c.id)) && (
                      <span
                        className="badge-flag"
                        title={flags.length > 0 ? flags.join('; ') : t('flagSourceIssue', lang)}
                      >
                        ⚠{' '}
                      </span>
                    )}
                    {c.userData && <span className="badge-yours">{t('yourData', lang)}</span>}
                    {p.label[lang]}
                    <div className="muted">
                      {t('saidBy', lang)}: {speakerText(p, lang)}
                    </div>
                    {flags.length > 0 && <div className="flags">{flags.map((f) => `⚠ ${f}`).join(' · ')}</div>}
                  </th>
                  <td className="num">{formatClaimValue(c, lang)}</td>
                  <td className="num">{c.year ?? ''}</td>
                  <td>{kindText(p, lang)}</td>
                  <td>
                    {p.source?.outlet[lang] ?? c.sourceId}
                    <div className="muted">{citedDateText(p.said, lang)}</div>
                  </td>
                  <td className="quote">
                    <QuoteText quote={c.quote} figure={c.figure} />
                    {showsTranslation(p, lang) && (
                      <div className="quote-en" lang="en">
                        <span className="quote-label">{translationLabel(lang)}: </span>
                        <Segments segments={translationSegments(p)} />
                      </div>
                    )}
                    {notCharted?.has(c.id) && (
                      <div className="not-charted">
                        {t('notCharted', lang)}: {notCharted.get(c.id)}
                      </div>
                    )}
                    {c.note && (
                      <div className="note">
                        {t('note', lang)}: {c.note}
                      </div>
                    )}
                  </td>
                  {onTogglePin && (
                    <td>
                      <button
                        type="button"
                        className="pin"
                        aria-pressed={pinned?.has(c.id) ?? false}
                        aria-label={`${t(pinned?.has(c.id) ? 'unpin' : 'pin', lang)}: ${lang === 'zh' ? c.labelZh : c.labelEn}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          onTogglePin(c.id);
                        }}
                        onKeyDown={(e) => e.stopPropagation()}
                      >
                        {pinned?.has(c.id) ? '📌' : '＋'}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty">{t('noMatch', lang)}</p>}
        {rows.length > visible.length && (
          <p className="more-rows">
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
              {t('showMoreRows', lang).replace('{n}', String(Math.min(PAGE, rows.length - visible.length)))}
            </button>{' '}
            <button type="button" onClick={() => setLimit(rows.length)}>
              {t('showAllRows', lang).replace('{n}', String(rows.length))}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

/** Memoised: the table re-renders only when its rows or settings change, not on every chart update. */
export const ClaimsTable = memo(ClaimsTableBody);
