/** Event types and sub-types in words, for the details panel, the filters and the list. */
import type { EventType } from '../compiler/schema.ts';

const TYPES: Record<EventType, string> = {
  'battles': 'Battle',
  'explosions-remote-violence': 'Explosion or remote violence',
  'violence-against-civilians': 'Violence against civilians',
  'protests': 'Protest',
  'riots': 'Riot',
  'strategic-developments': 'Strategic development',
  'diplomacy': 'Diplomacy',
};

/** The types in the order the filters list them: violence first, as ACLED's codebook does. */
export const EVENT_TYPES = Object.keys(TYPES) as EventType[];

export const describeType = (type: EventType): string => TYPES[type];

/** "air-drone-strike" → "air/drone strike"; "other" says nothing, so it is left out by the caller. */
const SUB_TYPES: Record<string, string> = {
  'air-drone-strike': 'air/drone strike',
  'shelling-artillery-missile': 'shelling, artillery or missile attack',
  'remote-explosive': 'remote explosive, landmine or IED',
  'abduction-forced-disappearance': 'abduction or forced disappearance',
  'looting-property-destruction': 'looting or property destruction',
  'territory-taken': 'territory taken',
  'chemical-weapon': 'chemical weapon',
  'disrupted-weapons-use': 'disrupted weapons use',
  'headquarters-or-base-established': 'headquarters or base established',
  'disaster': 'natural or industrial disaster',
};

export const describeSubType = (subType: string): string => SUB_TYPES[subType] ?? subType.replace(/-/g, ' ');

/** "Battle — armed clash"; the type alone when the sub-type is "other". */
export function describeTypeAndSubType(type: EventType, subType: string): string {
  return subType && subType !== 'other' ? `${describeType(type)} — ${describeSubType(subType)}` : describeType(type);
}
