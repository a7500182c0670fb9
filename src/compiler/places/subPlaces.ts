import type { PlacePrecision } from '../schema.ts';
import type { PlaceKind, PlaceMention } from './PlaceMention.ts';
import { nameEndingAt, nameStartingAt, type UnknownName } from './unknownName.ts';

/**
 * Parts of a known town that the gazetteer lacks: "the Qasr Ahmad district of Misrata", "Misrata's Qasr
 * Ahmad district", "the Zamzam camp near El Fasher", "Tripoli's airport", "the port of Misrata". The
 * mention becomes the part, at the town's point (`approximate`), with the finer precision the noun gives:
 * `neighbourhood` for districts, quarters, areas and suburbs, `site` for camps, airports, bases, bridges,
 * ports and prisons. A part the gazetteer or the supplement knows keeps its own mention and point.
 */

const AREA = String.raw`neighbou?rhoods?|districts?|quarters?|areas?|suburbs?`;
const SITE = String.raw`(?:refugee\s+|displacement\s+|displaced\s+persons\s+|idp\s+)?camps?|(?:international\s+)?airports?|air\s?bases?|airbases?|military\s+bases?|bases?|bridges?|ports?|harbou?rs?|prisons?|jails?|detention\s+cent(?:er|re)s?`;
// Facilities a town is named with even without a name of their own: "Tripoli's airport", "the port of Misrata".
const BARE_SITE = String.raw`(?:international\s+)?airport|air\s?base|airbase|port|harbou?r|prison`;
const ADJECTIVES = String.raw`(?:(?:main|old|new|international|military|commercial|central|besieged|strategic|key|southern|northern|eastern|western|coastal|civilian|nearby|sprawling|densely[\s-]populated)\s+){0,2}`;
const FOR_WHOM = String.raw`(?:\s+for\s+(?:the\s+)?(?:internally\s+)?(?:displaced(?:\s+(?:people|persons|civilians|families))?|refugees|migrants))?`;

// "<X> district of ", "<X> camp near " (the "near" may already belong to the town's mention).
const NAMED_BEFORE = new RegExp(String.raw`\s+(${AREA}|${SITE})${FOR_WHOM}\s+(?:(?:of|in|outside|near)\s+)?(?:the\s+(?:city|town|capital)\s+(?:of\s+)?)?$`, 'i');
// "'s <X> district", "'s districts of <X>"
const POSSESSIVE_NAMED = new RegExp(String.raw`^['’]s?\s+${ADJECTIVES}`, 'i');
const NOUN_AFTER_NAME = new RegExp(String.raw`^\s+(${AREA}|${SITE})\b`, 'i');
const POSSESSIVE_OF = new RegExp(String.raw`^['’]s\s+(${AREA})\s+of\s+`, 'i');
// "'s airport", " airport", and "the port of " before the town.
const POSSESSIVE_SITE = new RegExp(String.raw`^['’]s?\s+${ADJECTIVES}(${BARE_SITE})\b`, 'i');
const SITE_AFTER = new RegExp(String.raw`^\s+(${BARE_SITE})\b`);
const SITE_BEFORE = new RegExp(String.raw`\bthe\s+${ADJECTIVES}(${BARE_SITE})\s+(?:of|in)\s+$`, 'i');

function kindOf(noun: string): { precision: PlacePrecision; kind: PlaceKind; word: string } {
  const word = noun.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
  if (new RegExp(`^(?:${AREA})$`, 'i').test(noun)) return { precision: 'neighbourhood', kind: 'district', word };
  return { precision: 'site', kind: /camp/.test(word) ? 'camp' : 'site', word };
}

interface Part {
  start: number;
  end: number;
  name?: UnknownName;
  noun: string;
}

function findPart(sentence: string, town: PlaceMention): Part | undefined {
  const before = sentence.slice(0, town.start);
  const after = sentence.slice(town.end, town.end + 80);
  const named = NAMED_BEFORE.exec(before);
  const nameBefore = named && nameEndingAt(sentence, named.index);
  if (named && nameBefore) return { start: nameBefore.start, end: town.end, name: nameBefore, noun: named[1] ?? '' };
  const possessive = POSSESSIVE_NAMED.exec(after);
  if (possessive && /^['’]/.test(after)) {
    const name = nameStartingAt(sentence, town.end + possessive[0].length);
    const noun = name && NOUN_AFTER_NAME.exec(sentence.slice(name.end, name.end + 40));
    if (name && noun) return { start: town.start, end: name.end + noun[0].length, name, noun: noun[1] ?? '' };
  }
  const of = POSSESSIVE_OF.exec(after);
  const nameAfter = of && nameStartingAt(sentence, town.end + of[0].length);
  if (of && nameAfter) return { start: town.start, end: nameAfter.end, name: nameAfter, noun: of[1] ?? '' };
  const site = POSSESSIVE_SITE.exec(after) ?? SITE_AFTER.exec(after);
  if (site) return { start: town.start, end: town.end + site[0].length, noun: site[1] ?? '' };
  const siteBefore = SITE_BEFORE.exec(before);
  if (siteBefore) return { start: siteBefore.index, end: town.end, noun: siteBefore[1] ?? '' };
  return undefined;
}

const near = (a: PlaceMention['place'], b: PlaceMention['place']): boolean =>
  Math.abs(a.lat - b.lat) < 0.3 && Math.abs(a.lon - b.lon) < 0.3;

// Every pattern above has one of these nouns: one test per sentence spares the per-town regexes.
const ANY_NOUN = new RegExp(String.raw`\b(?:${AREA}|${SITE})\b`, 'i');

/** Rewrites town mentions that name a part of the town; returns the mentions to keep (text order). */
export function readSubPlaces(sentence: string, mentions: PlaceMention[]): PlaceMention[] {
  if (mentions.length === 0 || !ANY_NOUN.test(sentence)) return mentions;
  const dropped = new Set<PlaceMention>();
  for (const town of mentions) {
    if (town.reference || town.modifier || (town.kind !== 'city' && town.kind !== 'capital')) continue;
    const part = findPart(sentence, town);
    if (!part) continue;
    const overlapping = part.name && mentions.filter((o) => o !== town && o.start < part.name!.end && o.end > part.name!.start);
    // A part the gazetteer knows ("the Abu Salim district of Tripoli") keeps its own mention; a far homonym
    // of the name ("Souq" somewhere else) was a misreading and goes.
    if (overlapping?.some((o) => near(o.place, town.place))) continue;
    for (const o of overlapping ?? []) dropped.add(o);
    const { precision, kind, word } = kindOf(part.noun);
    const name = part.name ? `${part.name.text} ${word}, ${town.place.name}` : `${town.place.name} ${word}`;
    town.place = { ...town.place, name, precision, approximate: true };
    delete town.place.geonameId; // the point is the town's, not the part's
    town.kind = kind;
    town.start = Math.min(town.start, part.start);
    town.end = Math.max(town.end, part.end);
    town.text = sentence.slice(town.start, town.end);
  }
  return mentions.filter((m) => !dropped.has(m));
}
