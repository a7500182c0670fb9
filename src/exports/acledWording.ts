/**
 * ACLED's vocabulary for the CSV export, so the file lines up with ACLED data in a spreadsheet.
 * Codebook: https://acleddata.com/acleddatanew/wp-content/uploads/dlm_uploads/2019/01/ACLED_Codebook_2019FINAL.docx.pdf
 */
import type { EventPlace, EventType, DatePrecision } from '../compiler/schema.ts';

const EVENT_TYPES: Record<EventType, string> = {
  'battles': 'Battles',
  'explosions-remote-violence': 'Explosions/Remote violence',
  'violence-against-civilians': 'Violence against civilians',
  'protests': 'Protests',
  'riots': 'Riots',
  'strategic-developments': 'Strategic developments',
  // Not an ACLED type: ACLED files these under strategic developments; kept apart so they can be dropped.
  'diplomacy': 'Diplomacy',
};

// Sub-types whose ACLED wording has slashes or capitals a slug cannot carry.
const SUB_TYPES: Record<string, string> = {
  'air-drone-strike': 'Air/drone strike',
  'shelling-artillery-missile': 'Shelling/artillery/missile attack',
  'remote-explosive': 'Remote explosive/landmine/IED',
  'abduction-forced-disappearance': 'Abduction/forced disappearance',
  'looting-property-destruction': 'Looting/property destruction',
  'territory-taken': 'Non-state actor overtakes territory',
};

export const acledEventType = (type: EventType): string => EVENT_TYPES[type];

/** "armed-clash" → "Armed clash"; the few slashed ACLED names from the table above. */
export function acledSubEventType(subType: string): string {
  const known = SUB_TYPES[subType];
  if (known) return known;
  const words = subType.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** ACLED-style time precision as the brief defines it: 1 day, 2 month, 3 year. */
export const acledTimePrecision = (precision: DatePrecision): 1 | 2 | 3 =>
  precision === 'day' ? 1 : precision === 'month' ? 2 : 3;

/** ACLED geo precision: 1 the town itself, 2 near it or part of a region, 3 only the region. */
export function acledGeoPrecision(place: EventPlace): 1 | 2 | 3 {
  if (place.precision === 'region' || place.precision === 'country') return 3;
  return place.approximate ? 2 : 1;
}
