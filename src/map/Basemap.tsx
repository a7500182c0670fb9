import { useMemo } from 'react';
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
  return (
    <>
      <GeoJSON data={countries} style={style} interactive={false} />
      <GeoJSON data={districtBorders} style={districtStyle} interactive={false} attribution={DISTRICTS_ATTRIBUTION} />
    </>
  );
}
