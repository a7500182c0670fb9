import { useMap } from 'react-leaflet';
import { appStore, useAppStore } from '../store/appStore.ts';
import { selectMapEvents } from '../store/selectors.ts';
import { MapControl } from './MapControl.tsx';
import { prefersReducedMotion } from '../browser/prefersReducedMotion.ts';
import { countryByCode } from './countries.ts';
import { fitFrame } from './fitFrame.ts';
import type { GeoBox } from './geoBox.ts';
import { selectMainCountry } from './selectMainCountry.ts';
import { eventsBox, WORLD } from './subjectFrame.ts';

/**
 * "Fit all" frames every event the map shows (the talks abroad included); "Focus <country>" frames the
 * country most events are in (selectMainCountry), when there is one. Plain buttons, so they are in the tab
 * order and answer Enter and Space.
 */
export function ViewControls() {
  const map = useMap();
  const country = countryByCode(useAppStore(selectMainCountry) ?? '');
  const frame = (box: GeoBox) => fitFrame(map, box, !prefersReducedMotion());
  return (
    <MapControl position="topleft" className="map-view-controls">
      <button type="button" onClick={() => frame(eventsBox(selectMapEvents(appStore.getState())) ?? WORLD)}>Fit all</button>
      {country && <button type="button" onClick={() => frame(country.extent)}>Focus {country.name}</button>}
    </MapControl>
  );
}
