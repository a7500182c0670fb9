import type { EventPlace, Source } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { datesOverlap, finerDate } from './dateInterval.ts';
import { certaintyRank } from './readCertainty.ts';
import { isViolent, sameFamily } from './eventFamilies.ts';
import { createMergeIndex } from './mergeIndex.ts';
import { isCoarse, SAME_PLACE_KM } from './placeCells.ts';
import { sameKind } from './sameKind.ts';

const placeRank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;
const REGION_REACH_KM = 150;

/**
 * One event per real-world event, not per report (GDELT counts reports). Two candidates merge when they
 * are of the same type, their dates overlap, their places are within 30 km (or one is the country or region
 * containing the other) and they share an actor (or one names none). Within one sentence a missing date or
 * place and different actors do not block a merge: "officials heard on Tuesday … at a meeting in Geneva"
 * is one event. Across sentences an undated candidate stays alone: nothing says it is the same event.
 * The input is never written to: the events returned are copies (compile.ts hands in cached readings).
 */
export function mergeEvents(candidates: readonly Candidate[]): Candidate[] {
  return mergeAcrossSentences(mergeWithinSentences(candidates)).merged;
}

/**
 * Within a sentence first, so a clause that brings the place and one that brings the date are one event
 * before it is compared with other sentences. Returns copies, in the order of each sentence's first
 * candidate; sentences never span documents, so this can run document by document (mergeDocuments.ts).
 */
export function mergeWithinSentences(candidates: readonly Candidate[]): Candidate[] {
  const bySentence = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = sentenceKey(c);
    const group = bySentence.get(key);
    const target = group?.find((e) => sameKindInSentence(e, c) && (!e.date || !c.date || datesOverlap(e.date, c.date))
      && (!e.place || !c.place || samePlace(e.place, c.place)) && shareActors(e, c));
    const outcome = !target && group?.find((e) => isOutcome(c, e) && (!e.date || !c.date || datesOverlap(e.date, c.date)));
    if (target) absorb(target, c);
    else if (outcome) absorbSources(outcome, c);
    else if (group) group.push(copy(c));
    else bySentence.set(key, [copy(c)]);
  }
  return [...bySentence.values()].flat();
}

/**
 * Across sentences: each candidate joins the first filed event it is compatible with, or is filed as a new
 * one. `candidates` are written to (they become the events): hand in copies of what must stay. Also
 * returns, per event, the bucket keys it was filed under (mergeIndex.ts), which say what it may meet.
 */
export function mergeAcrossSentences(candidates: readonly Candidate[]): { merged: Candidate[]; keysOf: (event: Candidate) => readonly string[] } {
  const merged: Candidate[] = [];
  // Each candidate is compared only with filed events that may be compatible (mergeIndex.ts), so a corpus
  // of thousands of documents costs a handful of comparisons per candidate.
  const index = createMergeIndex(compatible);
  for (const c of candidates) {
    const target = index.find(c);
    if (target) {
      absorb(target, c);
      index.update(target);
      continue;
    }
    merged.push(c);
    index.add(c);
  }
  return { merged, keysOf: (event) => index.keysOf(event) };
}

/** The sentences each candidate was read from, kept up to date as it absorbs others: big merged events are compared often. */
const sentenceSets = new WeakMap<Candidate, Set<string>>();
const sentenceKeyOf = (s: Source) => `${s.document}#${s.start}`;
function sentencesOf(c: Candidate): Set<string> {
  let keys = sentenceSets.get(c);
  if (!keys) {
    keys = new Set(c.sources.map(sentenceKeyOf));
    sentenceSets.set(c, keys);
  }
  return keys;
}

/** A candidate's own copy: what merging writes to (its actors and sources lists) is new. */
export function copy(c: Candidate): Candidate {
  const { id, type, subType, label, date, place, certainty, sentence, at, trigger, weak, own, nominal, definite, earlier, present, perfect, undatable, inferred } = c;
  return {
    id, type, subType, label, date, place, actors: [...c.actors], certainty, sources: [...c.sources], sentence, at, trigger, weak, own,
    nominal, definite, earlier, present, perfect, undatable, inferred,
  };
}

function sentenceKey(c: Candidate): string {
  return `${c.sources[0]!.document}#${c.sources[0]!.start}`;
}

function compatible(a: Candidate, b: Candidate): boolean {
  // Cheapest tests first; all must hold.
  if (!sameKind(a, b)) return false;
  if (!a.date || !b.date || !datesOverlap(a.date, b.date)) return false;
  if (a.place && b.place ? !placesMatch(a.place, b.place) : a.place || b.place) return false;
  if (!shareActors(a, b)) return false;
  // Kept apart within their sentence on purpose: two places named side by side are two events.
  const inA = sentencesOf(a);
  return !b.sources.some((s) => inA.has(sentenceKeyOf(s)));
}

/** Within a sentence, two named places are two events ("attacked Es Sider and pushed on to Ras Lanuf"). */
function samePlace(a: EventPlace, b: EventPlace): boolean {
  // Two regions named side by side ("in southern Ukraine … in Kharkiv Oblast") are two places.
  if (a.precision === 'region' && b.precision === 'region') return a.name === b.name;
  // A province and a town far from its seat are two items of a list ("in the capital Sanaa … and the
  // northern province of Saada"); one near it may be the town in that province ("Kharkiv Oblast, near
  // Balakliia"). We hold a province's seat, not its outline: 150 km stands for "near".
  if (a.precision === 'region' || b.precision === 'region') return placesMatch(a, b) && distanceKm(a, b) <= REGION_REACH_KM;
  if (isCoarse(a) || isCoarse(b)) return placesMatch(a, b);
  return a.name === b.name || distanceKm(a, b) <= 5;
}

/**
 * In one sentence, one type is one event whatever the sub-type: talks and the agreement they produced, a
 * battle and the victory that ended it; and so is violence of any kind at the same place and time.
 */
function sameKindInSentence(a: Candidate, b: Candidate): boolean {
  return sameFamily(a.type, b.type);
}

/**
 * "Ukraine retook the town as Russian forces withdrew and fled": a withdrawal or flight told in the same
 * sentence as fighting, without a place of its own, is how the fighting ended, not an event of its own.
 */
function isOutcome(c: Candidate, fighting: Candidate): boolean {
  return !c.place && isViolent(fighting.type) && (c.subType === 'non-violent-transfer-of-territory' || c.subType === 'displacement');
}

/** The same people, or someone unnamed: "Haftar visited Paris as the UN envoy announced a plan" is two. */
function shareActors(a: Candidate, b: Candidate): boolean {
  return a.actors.length === 0 || b.actors.length === 0 || a.actors.some((x) => b.actors.includes(x));
}

function placesMatch(a: EventPlace, b: EventPlace): boolean {
  if (isCoarse(a) || isCoarse(b)) return !a.country || !b.country || a.country === b.country;
  return distanceKm(a, b) <= SAME_PLACE_KM;
}

/** Adds `c`'s sentences to `into`'s sources, each once. */
function absorbSources(into: Candidate, c: Candidate): void {
  const seen = sentencesOf(into);
  for (const s of c.sources) {
    const key = sentenceKeyOf(s);
    if (seen.has(key)) continue;
    seen.add(key);
    into.sources.push(s);
  }
}

function absorb(into: Candidate, c: Candidate): void {
  absorbSources(into, c);
  into.actors = [...new Set([...into.actors, ...c.actors])];
  if (c.date) {
    const date = into.date ? finerDate(into.date, c.date) : c.date;
    // A date read in a sentence beats one inferred from context or publication.
    const better = date !== into.date || (into.inferred?.date && !c.inferred?.date && date === c.date);
    if (better) setFrom(into, c, 'date');
  }
  if (c.place && (!into.place || placeRank[c.place.precision] < placeRank[into.place.precision] || (into.inferred?.place && !c.inferred?.place && placeRank[c.place.precision] <= placeRank[into.place.precision]))) {
    setFrom(into, c, 'place');
  }
  if (certaintyRank[c.certainty] < certaintyRank[into.certainty]) into.certainty = c.certainty;
  // A meeting says more than a visit; a named action more than "attack".
  if (into.subType === 'visit' && c.subType === 'meeting') Object.assign(into, { subType: c.subType, label: c.label });
  if (into.label === 'Attack' || into.label === 'Killing' || into.label === 'Hearing') Object.assign(into, { type: c.type, subType: c.subType, label: c.label });
}

/** Takes `other`'s date or place, and with it where that value came from. */
function setFrom(into: Candidate, other: Candidate, key: 'date' | 'place'): void {
  if (key === 'date') into.date = other.date;
  else into.place = other.place;
  const inferred = { ...into.inferred };
  if (other.inferred?.[key]) inferred[key] = other.inferred[key];
  else delete inferred[key];
  if (inferred.date || inferred.place) into.inferred = inferred;
  else into.inferred = undefined;
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
