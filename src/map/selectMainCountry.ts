import type { AppState } from '../store/appStore.ts';
import { selectPlacedEvents, type PlacedEvent } from '../store/selectors.ts';
import { mainCountry } from './mainCountry.ts';

const cache = new WeakMap<readonly PlacedEvent[], string | null>();

/**
 * The dataset's main country (mainCountry over every placed event, filters aside), for the basemap's
 * highlight and the "Focus <country>" button: what the atlas is about does not change with a search.
 */
export function selectMainCountry(state: AppState): string | null {
  const events = selectPlacedEvents(state);
  let country = cache.get(events);
  if (country === undefined) {
    country = mainCountry(events);
    cache.set(events, country);
  }
  return country;
}
