import type { Source } from '../data/source';
import { KINDS, TOPICS, type Kind, type Topic } from '../data/vocabulary';
import type { Filters } from '../domain/filters';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

interface Props {
  filters: Filters;
  sources: readonly Source[];
  span: [number, number];
  lang: Lang;
  onChange: (patch: Partial<Filters>) => void;
  onReset: () => void;
}

/** Toggles a value in a list filter (an empty list means all). */
function toggle<T>(list: readonly T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

function Chips<T extends string>({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: { value: T; label: string }[];
  selected: readonly T[];
  onToggle: (v: T) => void;
}) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={selected.includes(o.value) ? 'chip on' : 'chip'}>
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Topic, source, kind and year-range filters; every chart and the table follow them. */
export function FilterBar({ filters, sources, span, lang, onChange, onReset }: Props) {
  const year = (v: string) => (/^\d{4}$/.test(v) ? Number(v) : undefined);
  return (
    <section className="filters" aria-label={t('filters', lang)}>
      <Chips<Topic>
        legend={t('topic', lang)}
        options={(Object.keys(TOPICS) as Topic[]).map((k) => ({ value: k, label: TOPICS[k][lang] }))}
        selected={filters.topics}
        onToggle={(v) => onChange({ topics: toggle(filters.topics, v) })}
      />
      <Chips<string>
        legend={t('source', lang)}
        options={sources.map((s) => ({ value: s.id, label: lang === 'zh' ? s.shortZh : s.shortEn }))}
        selected={filters.sources}
        onToggle={(v) => onChange({ sources: toggle(filters.sources, v) })}
      />
      <Chips<Kind>
        legend={t('kind', lang)}
        options={(Object.keys(KINDS) as Kind[]).map((k) => ({ value: k, label: KINDS[k][lang] }))}
        selected={filters.kinds}
        onToggle={(v) => onChange({ kinds: toggle(filters.kinds, v) })}
      />
      <fieldset className="years">
        <legend>{t('years', lang)}</legend>
        <label>
          {t('from', lang)}{' '}
          <input
            type="number"
            inputMode="numeric"
            min={span[0]}
            max={span[1]}
            placeholder={String(span[0])}
            value={filters.yearFrom ?? ''}
            onChange={(e) => onChange({ yearFrom: year(e.target.value) })}
          />
        </label>
        <label>
          {t('to', lang)}{' '}
          <input
            type="number"
            inputMode="numeric"
            min={span[0]}
            max={span[1]}
            placeholder={String(span[1])}
            value={filters.yearTo ?? ''}
            onChange={(e) => onChange({ yearTo: year(e.target.value) })}
          />
        </label>
      </fieldset>
      <button type="button" className="reset" onClick={onReset}>
        {t('resetFilters', lang)}
      </button>
    </section>
  );
}
