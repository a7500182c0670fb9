import { useEffect, useMemo, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { PathOptions, StyleFunction } from 'leaflet';
import { useAppStore } from '../store/appStore.ts';
import { countries, countryByCode } from './countries.ts';
import { districtBorders, DISTRICTS_ATTRIBUTION } from './libyaDistricts.ts';
import { selectMainCountry } from './selectMainCountry.ts';

// Leaflet styles SVG paths through options, not CSS classes alone: colours come from the CSS custom
// properties via `className`, so the theme stays in app.css.
function countryStyle(focusId: string | undefined): StyleFunction {
  return (feature) => {
    const focus = feature?.id === focusId;
    return { className: focus ? 'basemap-country basemap-country--focus' : 'basemap-country', weight: focus ? 1.5 : 0.6 };
  };
}

const districtStyle: PathOptions = { className: 'basemap-district', weight: 0.8, fill: false };

/**
 * The offline basemap: Natural Earth countries, the one most events are in highlighted, and the borders
 * between Libya's districts (the bundled admin-1 layer; other countries have none yet). Not interactive,
 * so clicks fall through to the map. Labels are ContextLabels. Live: the main country.
 */
export function Basemap() {
  const focusId = countryByCode(useAppStore(selectMainCountry) ?? '')?.id;
  const style = useMemo(() => countryStyle(focusId), [focusId]);
  // Drawn a frame after the map: projecting every country's outline is the heaviest part of the first
  // render, and as a task of its own it no longer holds a phone's main thread in one long block with the
  // map, the list and the markers (the land follows the markers by one frame).
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  if (!drawn) return null;
  return (
    <>
      <GeoJSON data={countries} style={style} interactive={false} />
      <GeoJSON data={districtBorders} style={districtStyle} interactive={false} attribution={DISTRICTS_ATTRIBUTION} />
    </>
  );
}
