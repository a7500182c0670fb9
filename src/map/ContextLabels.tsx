import { useEffect, useMemo } from 'react';
import { Marker, Pane, useMap } from 'react-leaflet';
import { DivIcon } from 'leaflet';
import { useMapZoom } from './useMapZoom.ts';
import { regionCities, visibleCities, DISTRICT_MIN_ZOOM, type ContextCity } from './regionCities.ts';
import { districtLabels } from './libyaDistricts.ts';

const PANE = 'context-labels';

/** A label icon built with textContent; one icon per label, since a DivIcon's element cannot be shared. */
function labelIcon(text: string, className: string): DivIcon {
  const span = document.createElement('span');
  span.textContent = text;
  return new DivIcon({ className, html: span, iconSize: undefined });
}

const cityIcons = new Map<ContextCity, DivIcon>(
  regionCities.map((c) => [c, labelIcon(c.name, `city-label city-label--rank${c.rank}${c.capital ? ' city-label--capital' : ''}`)]),
);
const districtIcons = districtLabels.map((d) => ({ ...d, icon: labelIcon(d.name, 'district-label') }));

/**
 * City and district names as context, in their own pane between the areas and the markers: not
 * interactive, not focusable, hidden from assistive technology (the events carry their place names).
 * Which labels show depends on the zoom. Live: the zoom.
 */
export function ContextLabels() {
  const map = useMap();
  const zoom = useMapZoom();
  const cities = useMemo(() => visibleCities(regionCities, zoom), [zoom]);

  useEffect(function hideFromAssistiveTech() {
    map.getPane(PANE)?.setAttribute('aria-hidden', 'true');
  }, [map]);

  return (
    <Pane name={PANE} style={{ zIndex: 450, pointerEvents: 'none' }}>
      {zoom >= DISTRICT_MIN_ZOOM && districtIcons.map((d) => (
        <Marker key={`d:${d.name}`} position={[d.lat, d.lon]} icon={d.icon} interactive={false} keyboard={false} pane={PANE} />
      ))}
      {cities.map((c) => (
        <Marker key={c.geonameId} position={[c.lat, c.lon]} icon={cityIcons.get(c)!} interactive={false} keyboard={false} pane={PANE} />
      ))}
    </Pane>
  );
}
