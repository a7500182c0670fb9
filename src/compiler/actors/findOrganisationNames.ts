import type { ActorKind } from '../schema.ts';
import { bracketAcronymAfter, spellsInitials } from './bracketAcronym.ts';
import { ARMED_WORDS, GENERIC_ORG_WORDS, GOVERNMENT_WORDS, NOT_NAME_WORDS, ORGANISATION_CUES } from './nameCues.ts';
import type { PosOf } from './partsOfSpeech.ts';
import type { SentenceToken } from './tokenizeSentence.ts';

/** An organisation found by its cue word or by an acronym spelling its initials. */
export interface OrganisationName {
  first: number;
  last: number;
  kind: ActorKind;
}

const ORDINAL = /^\d+(st|nd|rd|th)$/;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'in']);
const PROPER_TAGS = new Set(['PROPN', 'ADJ', 'NUM']);
// Acronyms also name operations, meetings and texts: "Operation Volcano of Rage (OVR)" is not an actor.
const NOT_ORGANISATION = new Set(['operation', 'conference', 'summit', 'agreement', 'accord', 'resolution', 'plan',
  'process', 'deal', 'treaty', 'law', 'act', 'programme', 'program', 'initiative', 'declaration', 'roadmap']);

const isCapital = (t: SentenceToken): boolean => t.shape === 'cap' || t.shape === 'mixed' || t.shape === 'upper' || ORDINAL.test(t.text);

export function organisationKind(words: readonly SentenceToken[]): ActorKind {
  if (words.some((w) => ARMED_WORDS.has(w.folded))) return 'armed-group';
  return words.some((w) => GOVERNMENT_WORDS.has(w.folded)) ? 'government' : 'organisation';
}

/** "Tariq Ben Ziyad Brigade", "Misrata Military Council": capitalised words ending in a cue word. */
function cueNamed(tokens: readonly SentenceToken[], cue: number, free: (j: number) => boolean, pos: PosOf): OrganisationName | undefined {
  let first = cue;
  while (first > 0 && free(first - 1) && isCapital(tokens[first - 1]!) && !ORGANISATION_CUES.has(tokens[first - 1]!.folded)) first--;
  // Leading words that are not proper nouns or adjectives ("In", "The") are sentence furniture.
  while (first < cue && (!PROPER_TAGS.has(pos(tokens[first]!)) || NOT_NAME_WORDS.has(tokens[first]!.folded))) first++;
  const words = tokens.slice(first, cue + 1);
  const distinctive = words.some((w) => !GENERIC_ORG_WORDS.has(w.folded) && !ORGANISATION_CUES.has(w.folded) && !NOT_NAME_WORDS.has(w.folded));
  if (!distinctive || words.slice(0, -1).some((w) => !PROPER_TAGS.has(pos(w)))) return undefined;
  return { first, last: cue, kind: organisationKind(words) };
}

/** "Government of National Salvation (GNS)": a name whose initials the bracketed acronym spells. */
function initialsNamed(tokens: readonly SentenceToken[], open: number, free: (j: number) => boolean): OrganisationName | undefined {
  const acronym = bracketAcronymAfter(tokens, open - 1)?.acronym;
  if (!acronym) return undefined;
  let first = open;
  while (first > 0 && open - first < 10 && free(first - 1) && (isCapital(tokens[first - 1]!) || CONNECTORS.has(tokens[first - 1]!.text))) first--;
  for (; first < open - 1; first++) {
    const words = tokens.slice(first, open);
    if (!isCapital(words[0]!) || words.some((w) => NOT_ORGANISATION.has(w.folded))) continue;
    if (spellsInitials(acronym, words)) return { first, last: open - 1, kind: organisationKind(words) };
  }
  return undefined;
}

/** Organisations not in the actor list, found conservatively; `free(j)` is false for tokens already taken. */
export function findOrganisationNames(tokens: readonly SentenceToken[], free: (j: number) => boolean, pos: PosOf): OrganisationName[] {
  const found: OrganisationName[] = [];
  const taken = new Set<number>();
  const isFree = (j: number): boolean => free(j) && !taken.has(j);
  for (let j = 0; j < tokens.length; j++) {
    const token = tokens[j]!;
    let name: OrganisationName | undefined;
    if ((token.text === '(' || token.text === '[') && j > 0 && isFree(j - 1)) name = initialsNamed(tokens, j, isFree);
    else if (isFree(j) && token.shape === 'cap' && ORGANISATION_CUES.has(token.folded)) name = cueNamed(tokens, j, isFree, pos);
    if (!name) continue;
    for (let k = name.first; k <= name.last; k++) taken.add(k);
    found.push(name);
  }
  return found;
}
