import { GeoJSON } from 'react-leaflet';
import type { PathOptions } from 'leaflet';
import type { Feature } from 'geojson';
import { countries, FOCUS_COUNTRY_ID } from './countries.ts';
import { districtBorders, DISTRICTS_ATTRIBUTION } from './libyaDistricts.ts';

// Leaflet styles SVG paths through options, not CSS classes alone: colours come from the CSS custom
// properties via `className`, so the theme stays in app.css.
function countryStyle(feature?: Feature): PathOptions {
  const focus = feature?.id === FOCUS_COUNTRY_ID;
  return { className: focus ? 'basemap-country basemap-country--focus' : 'basemap-country', weight: focus ? 1.5 : 0.6 };
}

const districtStyle: PathOptions = { className: 'basemap-district', weight: 0.8, fill: false };

/**
 * The offline basemap: Natural Earth countries, and the borders between Libya's districts. Not
 * interactive, so clicks fall through to the map. Labels are ContextLabels.
 */
export function Basemap() {
  return (
    <>
      <GeoJSON data={countries} style={countryStyle} interactive={false} />
      <GeoJSON data={districtBorders} style={districtStyle} interactive={false} attribution={DISTRICTS_ATTRIBUTION} />
    </>
  );
}
