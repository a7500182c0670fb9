/**
 * English names of first-level areas, for the areas whose data name is a local transliteration: the world
 * cities data says "Nīnawá", "Shamāl Kurdufān", "Nord-Kivu"; news says Nineveh, North Kordofan, North Kivu.
 * CLDR (cldr-subdivisions-full, Unicode licence) gives the English name per ISO 3166-2 code, and the
 * iso-3166 package (MIT) the ISO name per code, which is how the world cities data spells most areas: the
 * code joins the two.
 */
export interface SubdivisionName {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The ISO 3166-2 name ("Nīnawá"). */
  iso: string;
  /** CLDR's English name ("Nineveh"). */
  english: string;
}

interface IsoSubdivision {
  code: string;
  name: string;
  parent: string;
}

interface CldrSubdivisions {
  subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } };
}

/** Top-level subdivisions only (their parent is the country itself), with an English name. */
export function readSubdivisionNames(cldrJson: string, iso: IsoSubdivision[]): SubdivisionName[] {
  const english = (JSON.parse(cldrJson) as CldrSubdivisions).subdivisions.localeDisplayNames.subdivisions;
  const out: SubdivisionName[] = [];
  for (const s of iso) {
    if (!/^[A-Z]{2}$/.test(s.parent)) continue;
    const name = english[s.code.toLowerCase().replace('-', '')];
    if (name) out.push({ country: s.parent, iso: s.name, english: name });
  }
  return out;
}
