import { describe, expect, it } from 'vitest';
import type { EventDate, EventPlace } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { createMergeMemo, mergeDocuments } from './mergeDocuments.ts';
import { mergeEvents } from './mergeEvents.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

/**
 * A document's candidates, crowded into few days, places and kinds so that most merge, with places that
 * move events between areas: a region without a country made precise by a city, points near a border.
 */
function documentCandidates(rnd: () => number, document: string, count: number): Candidate[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const kinds = [['battles', 'armed-clash', 'Clash'], ['battles', 'armed-clash', 'Attack'], ['diplomacy', 'meeting', 'Meeting'], ['diplomacy', 'visit', 'Visit'], ['protests', 'peaceful-protest', 'Protest']] as const;
  const day = () => `2019-0${1 + Math.floor(rnd() * 2)}-${String(1 + Math.floor(rnd() * 3)).padStart(2, '0')}`;
  const dates: (() => EventDate | null)[] = [
    () => ({ start: day(), precision: 'day' }),
    () => ({ start: day(), precision: 'day' }),
    () => ({ start: `2019-0${1 + Math.floor(rnd() * 2)}`, precision: 'month' }),
    () => ({ start: '2019', precision: 'year' }),
    () => ({ start: '2018-11', end: `2019-0${1 + Math.floor(rnd() * 2)}`, precision: 'month' }),
    () => null,
  ];
  const point = (): EventPlace => {
    const [lat, lon, country] = pick([[36.8, 10.2, 'TN'], [36.85, 10.3, 'DZ'], [32.9, 13.2, 'LY'], [32.95, 13.1, 'TN']] as const);
    return { name: pick(['Tunis', 'Tripoli', 'Ariana', 'Zuwara']), lat: lat + (rnd() - 0.5) * 0.3, lon: lon + (rnd() - 0.5) * 0.3, precision: pick(['city', 'site'] as const), country, geonameId: Math.floor(rnd() * 5) };
  };
  const places: (() => EventPlace | null)[] = [
    point, point, point,
    () => ({ name: 'Country', lat: 0, lon: 0, precision: 'country', country: pick(['TN', 'LY']) }),
    () => ({ name: 'Region', lat: 0, lon: 0, precision: 'region' }),
    () => null,
  ];
  return Array.from({ length: count }, (_, i) => {
    const [type, subType, label] = pick(kinds);
    const start = Math.floor(rnd() * 8) * 10;
    return {
      id: `${document}-${i}`, type, subType, label, date: pick(dates)(), place: pick(places)(), actors: rnd() < 0.5 ? [] : [pick(['a', 'b', 'c'])],
      certainty: pick(['stated', 'alleged'] as const), sources: [{ document, quote: '', start, end: start + 5, line: 1 }],
      sentence: 0, at: 0, trigger: { text: '', start, end: start + 2 }, weak: false, own: { date: true, place: true }, nominal: false, definite: false,
      earlier: false, present: false, perfect: false, undatable: false, inferred: undefined,
    };
  });
}

const json = (events: Candidate[]) => JSON.stringify(events);

describe('merging documents again after an edit', () => {
  it('gives what merging everything gives, edit after edit', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const documents = Array.from({ length: 12 }, (_, i) => ({ key: `d${i}`, candidates: documentCandidates(rnd, `d${i}`, 1 + Math.floor(rnd() * 8)) }));
      const memo = createMergeMemo();
      expect(json(mergeDocuments(documents, memo))).toBe(json(mergeEvents(documents.flatMap((d) => d.candidates))));
      for (let edit = 0; edit < 6; edit++) {
        // One or two documents told again; sometimes none (a save that changed nothing the merge reads).
        for (let n = Math.floor(rnd() * 3); n > 0; n--) {
          const i = Math.floor(rnd() * documents.length);
          documents[i] = { key: documents[i]!.key, candidates: documentCandidates(rnd, documents[i]!.key, Math.floor(rnd() * 8)) };
        }
        const whole = json(mergeEvents(documents.flatMap((d) => d.candidates)));
        expect(json(mergeDocuments(documents, memo)), `seed ${seed}, edit ${edit}`).toBe(whole);
      }
    }
  });

  it('merges everything again when documents come or go', () => {
    const rnd = random(99);
    const documents = Array.from({ length: 6 }, (_, i) => ({ key: `d${i}`, candidates: documentCandidates(rnd, `d${i}`, 6) }));
    const memo = createMergeMemo();
    mergeDocuments(documents, memo);
    const fewer = documents.filter((_, i) => i !== 2);
    expect(json(mergeDocuments(fewer, memo))).toBe(json(mergeEvents(fewer.flatMap((d) => d.candidates))));
    expect(json(mergeDocuments(documents, memo))).toBe(json(mergeEvents(documents.flatMap((d) => d.candidates))));
  });

  it('never writes to the candidates it is given', () => {
    const rnd = random(5);
    const documents = Array.from({ length: 8 }, (_, i) => ({ key: `d${i}`, candidates: documentCandidates(rnd, `d${i}`, 6) }));
    const before = JSON.stringify(documents);
    mergeDocuments(documents, createMergeMemo());
    expect(JSON.stringify(documents)).toBe(before);
  });
});
