import { describe, expect, it } from 'vitest';
import type { EventDate, EventPlace } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { datesOverlap, finerDate } from './dateInterval.ts';
import { distanceKm } from './mergeEvents.ts';
import { createMergeIndex, lookupKeys, storeKey } from './mergeIndex.ts';
import { isCoarse, SAME_PLACE_KM } from './placeCells.ts';
import { sameKind } from './sameKind.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

/** Random candidates crowded into few days, places and kinds, so most have several compatible events. */
function candidates(seed: number, count: number): Candidate[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const kinds = [['battles', 'armed-clash'], ['diplomacy', 'meeting'], ['diplomacy', 'visit'], ['diplomacy', 'statement']] as const;
  const day = () => `2019-0${1 + Math.floor(rnd() * 2)}-${String(1 + Math.floor(rnd() * 4)).padStart(2, '0')}`;
  const dates: (() => EventDate | null)[] = [
    () => ({ start: day(), precision: 'day' }),
    () => ({ start: day(), precision: 'day' }),
    () => ({ start: `2019-0${1 + Math.floor(rnd() * 2)}`, precision: 'month' }),
    () => ({ start: '2019', precision: 'year' }),
    () => ({ start: `201${8 + Math.floor(rnd() * 2)}-01`, end: `2019-0${1 + Math.floor(rnd() * 3)}`, precision: 'month' }),
    () => null,
  ];
  // Points around Tunis (several cells), at the antimeridian and far north; coarse places with and without a country.
  const point = (): EventPlace => {
    const [lat, lon, country] = pick([[36.8, 10.2, 'TN'], [36.8, 10.2, 'DZ'], [-16.5, 179.9, 'FJ'], [-16.5, -179.9, 'FJ'], [69.6, 18.9, 'NO']] as const);
    return { name: `p${Math.floor(rnd() * 1e6)}`, lat: lat + (rnd() - 0.5) * 0.8, lon: ((lon + (rnd() - 0.5) * 0.8 + 540) % 360) - 180, precision: pick(['city', 'site', 'neighbourhood'] as const), country };
  };
  const places: (() => EventPlace | null)[] = [
    point, point, point, point,
    () => ({ name: 'C', lat: 0, lon: 0, precision: pick(['country', 'region'] as const), country: pick(['TN', 'FJ', 'NO']) }),
    () => ({ name: 'R', lat: 0, lon: 0, precision: 'region' }),
    () => null,
  ];
  return Array.from({ length: count }, (_, i) => {
    const [type, subType] = pick(kinds);
    return {
      id: `e${i}`, type, subType, label: subType, date: pick(dates)(), place: pick(places)(), actors: rnd() < 0.5 ? [] : [pick(['a', 'b', 'c'])],
      certainty: 'stated', sources: [{ document: `d${Math.floor(rnd() * 5)}`, quote: '', start: Math.floor(rnd() * 20), end: 0, line: 1 }],
      sentence: 0, at: 0, trigger: { text: '', start: 0, end: 0 }, weak: false, own: { date: true, place: true }, nominal: false, definite: false,
      earlier: false, present: false, perfect: false, undatable: false, inferred: undefined,
    };
  });
}

/** What merging across sentences asks of two events, bar the actors and sentences the index does not look at. */
function fits(a: Candidate, b: Candidate): boolean {
  if (!sameKind(a, b) || !a.date || !b.date || !datesOverlap(a.date, b.date)) return false;
  if (!a.place || !b.place) return !a.place && !b.place;
  if (isCoarse(a.place) || isCoarse(b.place)) return !a.place.country || !b.place.country || a.place.country === b.place.country;
  return distanceKm(a.place, b.place) <= SAME_PLACE_KM;
}

/** The index it replaced: every event of a bucket compared, in filing order. */
function bruteForce(fit: (a: Candidate, b: Candidate) => boolean) {
  const buckets = new Map<string, Candidate[]>();
  const file = (c: Candidate) => {
    const key = storeKey(c);
    const list = key === undefined ? undefined : buckets.get(key) ?? buckets.set(key, []).get(key)!;
    if (list && !list.includes(c)) list.push(c);
  };
  return {
    find: (c: Candidate) => (c.date ? lookupKeys(c, c.date).flatMap((k) => buckets.get(k) ?? []).find((e) => fit(e, c)) : undefined),
    add: file,
    update: file,
  };
}

/** A merge's effect on what the index files by: the finer date and place win. */
function absorb(into: Candidate, c: Candidate): void {
  if (into.date && c.date) into.date = finerDate(into.date, c.date);
  const rank = { site: 0, neighbourhood: 1, city: 2, region: 3, country: 4 };
  if (into.place && c.place && rank[c.place.precision] < rank[into.place.precision]) into.place = c.place;
  if (into.subType === 'visit' && c.subType === 'meeting') into.subType = 'meeting';
}

describe('createMergeIndex', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`finds the event a scan of every bucket finds, as events change (seed ${seed})`, () => {
      // Some pairs refuse at random (as actors and sentences do), so the earliest fitting event is not always the first.
      const refuses = (a: Candidate, b: Candidate) => (Number(a.id.slice(1)) * 31 + Number(b.id.slice(1))) % 5 === 0;
      const fit = (a: Candidate, b: Candidate) => fits(a, b) && !refuses(a, b);
      const index = createMergeIndex(fit);
      const reference = bruteForce(fit);
      let merges = 0;
      for (const c of candidates(seed, 3000)) {
        const target = index.find(c);
        expect(target?.id).toBe(reference.find(c)?.id);
        if (target) {
          merges++;
          absorb(target, c);
          index.update(target);
          reference.update(target);
        } else {
          index.add(c);
          reference.add(c);
        }
      }
      expect(merges).toBeGreaterThan(500);
    });
  }
});
