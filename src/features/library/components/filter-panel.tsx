// Filters by person, issuer, award kind, source and date range, each with how many articles of the
// current results it would keep. They combine with each other and with the search.
import { memo, useId } from 'react';
import { useTranslation } from '@/i18n/use-translation';
import type { FacetName, Filters } from '@/collection/filters';
import type { FacetCount, Manifest } from '@/collection/schema';

const FACETS: FacetName[] = ['person', 'issuer', 'kind', 'source'];
const EDGES = ['from', 'to'] as const;

interface Props {
  filters: Filters;
  counts: Record<FacetName, FacetCount[]>;
  dates: Manifest['dates'];
  onChange: (changes: Record<string, string | null>) => void;
}

/** Memoised: a query that leaves the counts as they are does not render the lists again. */
export const FilterPanel = memo(function FilterPanel({ filters, counts, dates, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const active = Object.values(filters).some(Boolean);
  // The options' wording from i18next once, filled in per option: up to 200 options change with
  // every query, and a call to i18next for each was most of this list's time.
  const template = t('library.option', { label: '\u0001', count: '\u0002' });
  const option = (o: FacetCount) =>
    template.replace('\u0001', () => o.label).replace('\u0002', () => String(o.count));
  return (
    <fieldset className="library-filters">
      <legend>{t('library.filters')}</legend>
      {FACETS.map((facet) => {
        const options = counts[facet];
        const chosen = filters[facet];
        const listed = !chosen || options.some((o) => o.value === chosen);
        return (
          <div key={facet} className="filter">
            <label htmlFor={`${id}-${facet}`}>{t(`library.facet.${facet}`)}</label>
            <select
              id={`${id}-${facet}`}
              value={chosen ?? ''}
              onChange={(e) => onChange({ [facet]: e.target.value || null })}
            >
              <option value="">{t('library.any')}</option>
              {!listed && <option value={chosen}>{chosen}</option>}
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {option(o)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {EDGES.map((edge) => (
        <div key={edge} className="filter">
          <label htmlFor={`${id}-${edge}`}>{t(`library.facet.${edge}`)}</label>
          <input
            id={`${id}-${edge}`}
            type="date"
            value={filters[edge] ?? ''}
            min={dates.first ?? undefined}
            max={dates.last ?? undefined}
            onChange={(e) => onChange({ [edge]: e.target.value || null })}
          />
        </div>
      ))}
      {active && (
        <button
          type="button"
          onClick={() =>
            onChange({ person: null, issuer: null, kind: null, source: null, from: null, to: null })
          }
        >
          {t('library.clearFilters')}
        </button>
      )}
    </fieldset>
  );
});
