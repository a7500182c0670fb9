import type { SpanMatch } from './matchSpans.ts';
import type { Token } from './tokenizeSentence.ts';
import {
  ACTOR_NOUNS, ARTICLES, OF_LOCATIVE_HEADS, COMMON_WORDS, DIRECTION_WORDS, LOCATIVE, MODIFIER_PARTICIPLES, NEVER_PLACE, ORG_HEADS,
  STREET_WORDS,
} from './notPlaceWords.ts';

/** How a matched name is used in its sentence, read from the words around it. */
export interface SpanRole {
  /** Inside an organisation's name: "Benghazi Revolutionaries Shura Council", "Islamic State". */
  inOrgName: boolean;
  /** Part of a longer proper name that is not an organisation: "Khalifa Haftar", "Tripoli Central Hospital". */
  embedded: boolean;
  /** Used as an adjective: "Tobruk-based", "the Misrata militias", "Central Bank of Libya". */
  modifier: boolean;
  /** Right after "in", "near", "from"…: the strongest hint that a capitalised word is a place. */
  afterLocative: boolean;
}

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

/**
 * A capitalised neighbour that makes the match part of a longer name. Titles, compass words and other
 * places do not: "General Haftar", "East Libya", "the Tripoli-Misrata road".
 */
function isNameNeighbour(m: SpanMatch, i: number): boolean {
  const t = m.tokens[i];
  if (!t?.cap || m.covered[i]) return false;
  const w = t.text.toLowerCase();
  return !NEVER_PLACE.has(w) && !COMMON_WORDS.has(w) && !DIRECTION_WORDS.has(w);
}

/** Articles continue a name ("Bunyan al-Marsous"); capitalised "As", "At", "An" are English words. */
function isArticle(t: Token | undefined): boolean {
  return !!t && (ARTICLES.has(t.text) || t.text === 'Al' || t.text === 'El');
}

// Hyphens join too: "Jean-Yves" is one first name, whatever GeoNames has for "Jean".
function joined(gap: string | undefined): boolean {
  return gap === ' ' || gap === '-';
}

export function spanRole(m: SpanMatch): SpanRole {
  const { tokens, first, last, runEnd } = m;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // The run's last word names what the whole run is; a match that does not reach it is only a part. In a
  // title-case headline the run is the whole line, so only the very next word can make an organisation.
  const inOrgName = m.titleCase
    ? last < runEnd && ORG_HEADS.has(lower(after?.text))
    : last < runEnd && ORG_HEADS.has(lower(tokens[runEnd]?.text));

  const beforeJoined = joined(tokens[first]?.gapBefore) && first > m.runStart;
  let next = last + 1;
  while (next < runEnd && isArticle(tokens[next])) next++;
  const afterJoined = joined(after?.gapBefore) && next <= runEnd;
  const embedded = !inOrgName && !m.titleCase && (
    (beforeJoined && isNameNeighbour(m, first - 1)) || (afterJoined && isNameNeighbour(m, next)));

  // The word right after the name (the token list already has it: no regex over the text).
  const follower = after && after.start - after.gapBefore.length === m.end ? after : undefined;
  const participle = follower?.gapBefore === '-' && MODIFIER_PARTICIPLES.has(follower.text);
  const actorNoun = follower?.gapBefore === ' ' && ACTOR_NOUNS.has(follower.text);
  // "Tripoli Street" in Misrata, "Baghdad Road": a street named after a town is not the town.
  const streetName = follower?.gapBefore === ' ' && follower.cap && STREET_WORDS.has(follower.text.toLowerCase());
  // "Bank of Libya": the place after "of" only qualifies an organisation word in the same run.
  const ofOrg = lower(before?.text) === 'of' && first > m.runStart && ORG_HEADS.has(lower(tokens[first - 2]?.text));
  const modifier = participle || actorNoun || ofOrg || streetName;

  // "in Derna", "in the Sahel": the word before, skipping one "the".
  const skipThe = lower(before?.text) === 'the' ? 2 : 1;
  const previousWord = tokens[first - skipThe];
  // "the city of Derna", "the siege of Sirte": "of" after a settlement or an action locates as "in" does.
  const ofPlace = lower(previousWord?.text) === 'of' && OF_LOCATIVE_HEADS.has(lower(tokens[first - skipThe - 1]?.text));
  const afterLocative = !!previousWord && (LOCATIVE.has(lower(previousWord.text)) || ofPlace);
  return { inOrgName, embedded, modifier, afterLocative };
}
