import './filters.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { clearFilters, setFilters, useAppStore } from '../store/appStore.ts';
import { selectFacetCounts, selectFiltering } from '../store/selectors.ts';
import { FilterGroup } from './FilterGroup.tsx';
import { FACETS } from '../store/filters.ts';
import { FACET_LEGENDS, filterOptions } from './filterOptions.ts';
import { ViewSummary } from './ViewSummary.tsx';

/**
 * Search, "N of M events", Clear, and a "Filters" disclosure with one fieldset per facet. The fieldsets
 * open as a panel over the map instead of pushing the map and timeline down, so small screens keep both.
 */
export function FilterPanel() {
  const filters = useAppStore((s) => s.filters);
  const filtering = useAppStore(selectFiltering);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const active = FACETS.reduce((n, key) => n + filters[key].length, 0);

  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()} onKeyDown={closeOnEscape}>
      <div className="filters__bar">
        <label className="filters__search">
          <span className="visually-hidden">Search events</span>
          <input type="search" placeholder="Search…" value={filters.query}
            onChange={(e) => setFilters({ query: e.target.value })} />
        </label>
        <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={panelId}
          onClick={() => setOpen(!open)}>
          Filters{active ? ` (${active})` : ''}
        </button>
        {/* Only while filtering: a disabled button would take room on a phone and say nothing. */}
        {filtering ? <button type="button" className="button" onClick={clearFilters}>Clear filters</button> : null}
        <ViewSummary />
      </div>
      {/* The options render only while open: an archive's hundreds of actors, places and documents were most
          of the page's elements (~4,900 of 5,600 at 10k events), hidden or not. */}
      <div id={panelId} className="filters__panel" hidden={!open}>
        {open ? <FilterOptions close={() => { setOpen(false); toggle.current?.focus(); }} /> : null}
      </div>
    </form>
  );
}

/** The open panel: one fieldset per facet, with counts computed once per filter change (selectFacetCounts). */
function FilterOptions({ close }: { close: () => void }) {
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const counts = useAppStore(selectFacetCounts);
  return (
    <>
      {FACETS.map((key) => (
        <FilterGroup key={key} facet={key} legend={FACET_LEGENDS[key]} options={filterOptions(dataset, filters, counts, key)} />
      ))}
      <p className="filters__note">Counts show how many events each choice would give with the other filters as they are.</p>
      <button type="button" className="button" onClick={close}>Done</button>
    </>
  );
}
