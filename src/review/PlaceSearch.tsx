import { useId, useState } from 'react';
import type { EventPlace } from '../compiler/schema.ts';
import { PLACE_PRECISION_TABLE } from '../data/precisions.ts';
import { searchPlaces } from './reviewApi.ts';
import type { PlaceHit } from './reviewTypes.ts';

/**
 * A place from the gazetteer, by name: the editor types, asks, and picks one of the places with that name
 * (two Tripolis are told apart by country and size). The dev server searches the same gazetteer the
 * compiler reads. "No place" removes it.
 */
export function PlaceSearch({ value, onChange }: { value: EventPlace | null; onChange: (place: EventPlace | null) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PlaceHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = () => {
    if (!query.trim()) return;
    setError(null);
    searchPlaces(query.trim()).then(setHits).catch((e: Error) => setError(e.message));
  };
  return (
    <fieldset className="review-place">
      <legend>Place</legend>
      <p className="review-place__current">{value ? `${value.name} (${PLACE_PRECISION_TABLE[value.precision].word}${value.country ? `, ${value.country}` : ''})` : 'No place'}</p>
      <div className="review-place__search">
        <label htmlFor={`${id}-q`} className="visually-hidden">Search the gazetteer</label>
        <input id={`${id}-q`} type="search" value={query} placeholder="Search the gazetteer…" onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); search(); } }} />
        <button type="button" className="button" onClick={search}>Search places</button>
        <button type="button" className="button" onClick={() => onChange(null)}>No place</button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
      {hits ? (
        hits.length === 0 ? <p role="status">No place of that name in the gazetteer.</p> : (
          <ul className="review-place__hits" aria-label="Places found">
            {hits.map((h) => (
              <li key={`${h.geonameId ?? h.name}:${h.lat}:${h.lon}`}>
                <button type="button" className="button" onClick={() => {
                  onChange({ name: h.name, lat: h.lat, lon: h.lon, precision: h.precision,
                    ...(h.country ? { country: h.country } : {}), ...(h.geonameId ? { geonameId: h.geonameId } : {}) });
                  setHits(null);
                }}>
                  {h.name}<span className="review-place__what"> — {h.description}</span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
