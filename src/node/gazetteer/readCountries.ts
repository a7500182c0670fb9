import type { CountryRecord } from '../../compiler/places/GazetteerIndex.ts';

/** The subset of a world-countries entry we read (https://github.com/mledoze/countries, ODbL 1.0). */
interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: [number, number];
  independent?: boolean | null;
}

/** Reduces world-countries' JSON to names, demonyms and the representative point. */
export function readCountries(json: string): CountryRecord[] {
  const raw = JSON.parse(json) as WorldCountry[];
  return raw.map((c) => {
    // Alt spellings include the ISO code itself ("LY"), which would match stray capitals in text; other
    // two-letter forms ("UK") are real usage.
    const alts = (c.altSpellings ?? []).filter((s) => s.length > 2 || (s !== c.cca2 && /^[A-Z]{2}$/.test(s)));
    const names = [...new Set([c.name.common, c.name.official, ...alts])];
    const eng = c.demonyms?.eng;
    const demonyms = eng ? [...new Set([eng.m, eng.f])] : [];
    return { cca2: c.cca2, name: c.name.common, names, demonyms, lat: c.latlng[0], lon: c.latlng[1], independent: c.independent === true };
  });
}
