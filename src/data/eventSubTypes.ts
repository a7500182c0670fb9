/**
 * Sub-types in words. The compiler's sub-types are open slugs ("armed-clash"), so most read well with the
 * hyphens taken out; this table holds only those whose words a slug cannot carry: for the reader, and in
 * ACLED's wording (slashes, capitals) for the CSV export.
 */
import type { EventType } from '../compiler/schema.ts';
import { describeType } from './eventTypes.ts';

const SUB_TYPE_TABLE: Record<string, { words?: string; acled?: string }> = {
  'air-drone-strike': { words: 'air/drone strike', acled: 'Air/drone strike' },
  'shelling-artillery-missile': { words: 'shelling, artillery or missile attack', acled: 'Shelling/artillery/missile attack' },
  'remote-explosive': { words: 'remote explosive, landmine or IED', acled: 'Remote explosive/landmine/IED' },
  'abduction-forced-disappearance': { words: 'abduction or forced disappearance', acled: 'Abduction/forced disappearance' },
  'looting-property-destruction': { words: 'looting or property destruction', acled: 'Looting/property destruction' },
  'territory-taken': { acled: 'Non-state actor overtakes territory' },
  'disaster': { words: 'natural or industrial disaster' },
};

// Own keys only: a slug is document-derived text, and "constructor" must not find Object's.
const entry = (subType: string) => (Object.hasOwn(SUB_TYPE_TABLE, subType) ? SUB_TYPE_TABLE[subType] : undefined);

const slugWords = (subType: string) => subType.replace(/-/g, ' ');

/** "air-drone-strike" → "air/drone strike"; "other" says nothing, so it is left out by the caller. */
export const describeSubType = (subType: string): string => entry(subType)?.words ?? slugWords(subType);

/** "Battle — armed clash"; the type alone when the sub-type is "other". */
export function describeTypeAndSubType(type: EventType, subType: string): string {
  return subType && subType !== 'other' ? `${describeType(type)} — ${describeSubType(subType)}` : describeType(type);
}

/** ACLED's `sub_event_type`: "armed-clash" → "Armed clash", and the slashed names from the table. */
export function acledSubType(subType: string): string {
  const known = entry(subType)?.acled;
  if (known) return known;
  const words = slugWords(subType).trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
