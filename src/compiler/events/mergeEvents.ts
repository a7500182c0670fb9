import type { EventPlace } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { datesOverlap, finerDate } from './dateInterval.ts';
import { certaintyRank } from './readCertainty.ts';

const placeRank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 } as const;

/**
 * One event per real-world event, not per report (GDELT counts reports). Two candidates merge when they
 * are of the same type, their dates overlap, their places are within 30 km (or one is the country or region
 * containing the other) and they share an actor (or one names none). Within one sentence a missing date or
 * place does not block a merge: "officials heard on Tuesday … at a meeting in Geneva" is one event.
 */
export function mergeEvents(candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  // Candidates are indexed by type and by each year they cover, so a corpus of thousands of documents
  // compares each candidate with a handful of others, not with all of them.
  const index = new Map<string, Candidate[]>();
  const keys = (c: Candidate) => years(c).map((y) => `${c.type}:${y}`);
  for (const c of candidates) {
    const target = keys(c).flatMap((k) => index.get(k) ?? []).find((e) => compatible(e, c));
    if (target) {
      const before = keys(target).join();
      absorb(target, c);
      if (keys(target).join() !== before) for (const k of keys(target)) addTo(index, k, target);
      continue;
    }
    const copy = { ...c, sources: [...c.sources], actors: [...c.actors] };
    merged.push(copy);
    for (const k of keys(copy)) addTo(index, k, copy);
  }
  return merged;
}

/** The years a candidate's date covers (at most ten), or a per-sentence key when it has no date. */
function years(c: Candidate): string[] {
  if (!c.date) return [`${c.sources[0]!.document}#${c.sources[0]!.start}`];
  const from = Number(c.date.start.slice(0, 4));
  const to = Math.min(Number((c.date.end ?? c.date.start).slice(0, 4)), from + 9);
  const out: string[] = [`${c.sources[0]!.document}#${c.sources[0]!.start}`];
  for (let y = from; y <= to; y++) out.push(String(y));
  return out;
}

function addTo(index: Map<string, Candidate[]>, key: string, c: Candidate): void {
  const list = index.get(key);
  if (!list) index.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (!sameKind(a, b)) return false;
  const sameSentence = a.sources.some((s) => b.sources.some((t) => t.document === s.document && t.start === s.start));
  if (a.date && b.date ? !datesOverlap(a.date, b.date) : !sameSentence) return false;
  if (a.place && b.place ? !placesMatch(a.place, b.place) : !sameSentence && (a.place || b.place)) return false;
  return a.actors.length === 0 || b.actors.length === 0 || a.actors.some((x) => b.actors.includes(x));
}

/** Diplomacy spans meetings, visits, agreements and statements: only meetings and visits are one thing. */
function sameKind(a: Candidate, b: Candidate): boolean {
  if (a.type !== b.type) return false;
  if (a.type !== 'diplomacy') return true;
  const group = (s: string) => (s === 'visit' ? 'meeting' : s);
  return group(a.subType) === group(b.subType);
}

function placesMatch(a: EventPlace, b: EventPlace): boolean {
  const coarse = (p: EventPlace) => p.precision === 'country' || p.precision === 'region';
  if (coarse(a) || coarse(b)) return !a.country || !b.country || a.country === b.country;
  return distanceKm(a, b) <= 30;
}

function absorb(into: Candidate, c: Candidate): void {
  into.sources.push(...c.sources);
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
