/**
 * ACLED's words for types and sub-types, read back into the schema's. There is no table here on purpose:
 * the words live once, in src/data (eventTypes.ts `acled`, eventSubTypes.ts `acledSubType`), which the
 * compiler may not import (eslint.config.js BOUNDARIES: the compiler imports nothing in src/; src/data takes
 * only its types). The reading is the inverse of how src/data writes them: ACLED's wording slugged
 * ("Explosions/Remote violence" → `explosions-remote-violence`, "Air/drone strike" → `air-drone-strike`),
 * which gives the schema's type and sub-type for every word but the few whose slug is not ours, listed in
 * `SLUG_EXCEPTIONS`. vocabulary.test.ts holds the two sides together: every type and sub-type src/data
 * writes reads back to itself.
 */
import { EventType } from '../schema.ts';

/** "Air/drone strike" → "air-drone-strike"; our own slugs are left as they are. */
export const slugOf = (words: string): string =>
  words.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * ACLED sub-event types whose slug is not the schema's sub-type: the words src/data writes for ours, and
 * ACLED's own names for what we file under one sub-type (a government retaking ground is territory taken).
 */
const SLUG_EXCEPTIONS: Record<string, string> = {
  'shelling-artillery-missile-attack': 'shelling-artillery-missile',
  'remote-explosive-landmine-ied': 'remote-explosive',
  'non-state-actor-overtakes-territory': 'territory-taken',
  'government-regains-territory': 'territory-taken',
};

const TYPES: readonly string[] = EventType.options;

/** The schema's type for ACLED's `event_type` or our own slug; undefined when it is neither. */
export function readEventType(words: string): EventType | undefined {
  const slug = slugOf(words);
  return TYPES.includes(slug) ? (slug as EventType) : undefined;
}

/**
 * The schema's sub-type for ACLED's `sub_event_type`. Sub-types are an open vocabulary (docs/DATA.md): an
 * ACLED sub-type we have no slug of our own for ("Mob violence", "Grenade") keeps ACLED's, slugged, and the
 * CSV export writes it back in ACLED's words. Empty is `other`.
 */
export function readSubType(words: string): string {
  const slug = slugOf(words);
  if (!slug) return 'other';
  return Object.hasOwn(SLUG_EXCEPTIONS, slug) ? SLUG_EXCEPTIONS[slug]! : slug;
}

/**
 * ACLED files agreements under strategic developments; the schema has `diplomacy` for them (docs/DATA.md,
 * "type"), which is where the extractor puts the same news, so the two can merge.
 */
export function diplomacyOf(type: EventType, subType: string): EventType {
  return type === 'strategic-developments' && subType === 'agreement' ? 'diplomacy' : type;
}

/** The noun a title starts with: the sub-type as the file words it, else the type ("Armed clash in Sirte"). */
export function labelOf(subTypeWords: string, subType: string, type: EventType): string {
  const given = subTypeWords.trim();
  // A slug ("armed-clash") as words; ACLED's words ("Air/drone strike") as written.
  const words = (/^[a-z0-9-]+$/.test(given) ? given.replace(/-/g, ' ') : given) || (subType !== 'other' ? subType.replace(/-/g, ' ') : type.replace('explosions-remote', 'explosions/remote').replace(/-/g, ' '));
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  // "Attack" is the extractor's weak label, which a merge replaces by any other: ACLED's is violence
  // against civilians, a kind of its own.
  return label === 'Attack' && type === 'violence-against-civilians' ? 'Attack on civilians' : label;
}
