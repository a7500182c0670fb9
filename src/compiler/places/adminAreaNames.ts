/**
 * How first-level administrative areas are named: a proper name plus a generic word ("Idlib province",
 * "North Darfur State", "Kharkiv Oblast", "the governorate of Nineveh"). The generic word is what tells a
 * province from its seat city of the same name, so it is read from the text, never guessed.
 */

/** English generic words for a first-level area (and "cercle", Mali's second level, named like its seat). */
export const ADMIN_GENERIC_WORDS: ReadonlySet<string> = new Set([
  'province', 'provinces', 'governorate', 'governorates', 'state', 'states', 'oblast', 'oblasts', 'region',
  'regions', 'wilaya', 'wilayas', 'wilayat', 'prefecture', 'prefectures', 'department', 'cercle', 'cercles',
  'muhafazah', 'krai',
]);

// Generic words as the data appends them to a name ("Kharkivska Oblast", "Kyiv, Misto").
const DATA_SUFFIX = /(?:,\s*|\s+)(?:oblast[’']?|governorate|province|state|region|wilayat?|misto|avtonomna respublika|federal district)$/i;

/** The names an area is indexed under: as the data spells it, and without a generic suffix or comma tail. */
export function adminAreaNames(name: string): string[] {
  const names = [name];
  const bare = name.replace(DATA_SUFFIX, '').trim();
  if (bare && bare !== name) names.push(bare);
  const beforeComma = name.split(',')[0]?.trim();
  if (beforeComma && !names.includes(beforeComma)) names.push(beforeComma);
  return names;
}
