import type { EventPlace } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { datesOverlap, finerDate } from './dateInterval.ts';
import { certaintyRank } from './readCertainty.ts';

const placeRank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;

/**
 * One event per real-world event, not per report (GDELT counts reports). Two candidates merge when they
 * are of the same type, their dates overlap, their places are within 30 km (or one is the country or region
 * containing the other) and they share an actor (or one names none). Within one sentence a missing date or
 * place and different actors do not block a merge: "officials heard on Tuesday … at a meeting in Geneva"
 * is one event. Across sentences an undated candidate stays alone: nothing says it is the same event.
 */
export function mergeEvents(candidates: Candidate[]): Candidate[] {
  // Within a sentence first, so a clause that brings the place and one that brings the date are one
  // event before it is compared with other sentences.
  const bySentence = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = sentenceKey(c);
    const group = bySentence.get(key);
    const target = group?.find((e) => sameKindInSentence(e, c) && (!e.date || !c.date || datesOverlap(e.date, c.date))
      && (!e.place || !c.place || samePlace(e.place, c.place)) && shareActors(e, c));
    if (target) absorb(target, c);
    else if (group) group.push(copy(c));
    else bySentence.set(key, [copy(c)]);
  }

  const merged: Candidate[] = [];
  // Across sentences, candidates are indexed by type and by each year they cover, so a corpus of
  // thousands of documents compares each candidate with a handful of others, not with all of them.
  const index = new Map<string, Candidate[]>();
  // The country is part of the key: places in different countries never match.
  const keys = (c: Candidate) => (c.date ? years(c.date).map((y) => `${c.type}:${y}:${c.place ? (c.place.country ?? '?') : '-'}`) : []);
  for (const c of [...bySentence.values()].flat()) {
    const target = keys(c).flatMap((k) => index.get(k) ?? []).find((e) => compatible(e, c));
    if (target) {
      absorb(target, c);
      for (const k of keys(target)) addTo(index, k, target);
      continue;
    }
    merged.push(c);
    for (const k of keys(c)) addTo(index, k, c);
  }
  return merged;
}

function copy(c: Candidate): Candidate {
  return { ...c, sources: [...c.sources], actors: [...c.actors] };
}

function sentenceKey(c: Candidate): string {
  return `${c.sources[0]!.document}#${c.sources[0]!.start}`;
}

/** The years a date covers, at most ten. */
function years(date: NonNullable<Candidate['date']>): number[] {
  const from = Number(date.start.slice(0, 4));
  const to = Math.min(Number((date.end ?? date.start).slice(0, 4)), from + 9);
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function addTo(index: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = index.get(key);
  if (!list) index.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (!sameKind(a, b)) return false;
  // Kept apart within their sentence on purpose: two places named side by side are two events.
  if (a.sources.some((x) => b.sources.some((y) => x.document === y.document && x.start === y.start))) return false;
  if (!a.date || !b.date || !datesOverlap(a.date, b.date)) return false;
  if (a.place && b.place ? !placesMatch(a.place, b.place) : a.place || b.place) return false;
  return shareActors(a, b);
}

/**
 * Across sentences, events merge only with their own kind: a shooting-down and a capture in one city on
 * one day are two incidents. Diplomacy spans meetings, visits, agreements and statements: only meetings and
 * visits are one thing.
 */
function sameKind(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  const group = (s: string) => (s === 'visit' ? 'meeting' : s);
  return group(a.subType) === group(b.subType);
}

/** Within a sentence, two named places are two events ("attacked Es Sider and pushed on to Ras Lanuf"). */
function samePlace(a: EventPlace, b: EventPlace): boolean {
  const coarse = (p: EventPlace) => p.precision === 'country' || p.precision === 'region';
  if (coarse(a) || coarse(b)) return placesMatch(a, b);
  return a.name === b.name || distanceKm(a, b) <= 5;
}

/**
 * In one sentence, one type is one event whatever the sub-type: talks and the agreement they produced, a
 * battle and the victory that ended it.
 */
function sameKindInSentence(a: Candidate, b: Candidate): boolean {
  return a.type === b.type;
}

/** The same people, or someone unnamed: "Haftar visited Paris as the UN envoy announced a plan" is two. */
function shareActors(a: Candidate, b: Candidate): boolean {
  return a.actors.length === 0 || b.actors.length === 0 || a.actors.some((x) => b.actors.includes(x));
}

function placesMatch(a: EventPlace, b: EventPlace): boolean {
  const coarse = (p: EventPlace) => p.precision === 'country' || p.precision === 'region';
  if (coarse(a) || coarse(b)) return !a.country || !b.country || a.country === b.country;
  return distanceKm(a, b) <= 30;
}

function absorb(into: Candidate, c: Candidate): void {
  for (const s of c.sources) {
    if (!into.sources.some((t) => t.document === s.document && t.start === s.start)) into.sources.push(s);
  }
  into.actors = [...new Set([...into.actors, ...c.actors])];
  if (c.date) into.date = into.date ? finerDate(into.date, c.date) : c.date;
  if (c.place && (!into.place || placeRank[c.place.precision] < placeRank[into.place.precision])) into.place = c.place;
  if (certaintyRank[c.certainty] < certaintyRank[into.certainty]) into.certainty = c.certainty;
  // A meeting says more than a visit; a named action more than "attack".
  if (into.subType === 'visit' && c.subType === 'meeting') Object.assign(into, { subType: c.subType, label: c.label });
  if (into.label === 'Attack' || into.label === 'Killing' || into.label === 'Hearing') Object.assign(into, { subType: c.subType, label: c.label });
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}
