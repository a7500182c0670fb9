import { toggleFilter } from '../store/appStore.ts';
import type { FacetKey } from '../store/filters.ts';
import type { FilterOption } from './filterOptions.ts';

interface FilterGroupProps {
  facet: FacetKey;
  legend: string;
  options: FilterOption[];
}

/**
 * One filter as a fieldset of checkboxes. Each count is how many events the option would show with the
 * other filters as they are (see store/facetCounts.ts).
 */
export function FilterGroup({ facet, legend, options }: FilterGroupProps) {
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      <ul className="filter-group__options">
        {options.map((o) => (
          <li key={o.value}>
            <label className={o.count === 0 && !o.checked ? 'filter-option filter-option--empty' : 'filter-option'}>
              <input type="checkbox" checked={o.checked} onChange={() => toggleFilter(facet, o.value as never)} />
              <span className="filter-option__label">{o.label}</span>
              <span className="filter-option__count">
                {o.count}<span className="visually-hidden">{o.count === 1 ? ' event' : ' events'}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
