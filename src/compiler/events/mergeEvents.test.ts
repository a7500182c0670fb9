import { describe, expect, it } from 'vitest';
import type { Candidate } from './Candidate.ts';
import { mergeEvents } from './mergeEvents.ts';

const tunis = { name: 'Tunis', lat: 36.8, lon: 10.18, precision: 'city' as const, country: 'TN' };
const sfax = { name: 'Sfax', lat: 34.74, lon: 10.76, precision: 'city' as const, country: 'TN' };
const tunisia = { name: 'Tunisia', lat: 34, lon: 9, precision: 'country' as const, country: 'TN' };

let n = 0;
function candidate(over: Partial<Candidate>): Candidate {
  n++;
  return {
    id: `e${n}`, type: 'protests', subType: 'peaceful-protest', label: 'Protest',
    date: { start: '2019-05-03', precision: 'day' }, place: tunis, actors: [], certainty: 'stated',
    sources: [{ document: 'a', quote: `Sentence ${n}.`, start: n * 100, end: n * 100 + 10, line: n }],
    sentence: n, at: 0, trigger: { text: 'protest', start: n * 100, end: n * 100 + 7 }, weak: false, own: { date: true, place: true }, nominal: false, definite: false, earlier: false, present: false, perfect: false, undatable: false, inferred: undefined, ...over,
  };
}

describe('mergeEvents', () => {
  it('merges reports of one event into one event with several sources', () => {
    const a = candidate({});
    const b = candidate({ sources: [{ document: 'b', quote: 'Other outlet.', start: 0, end: 13, line: 4 }], certainty: 'reported' });
    const merged = mergeEvents([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.sources.map((s) => s.document)).toEqual(['a', 'b']);
    expect(merged[0]!.certainty).toBe('stated');
  });

  it('keeps events apart when type, date, place or actors differ', () => {
    expect(mergeEvents([candidate({}), candidate({ type: 'riots' })])).toHaveLength(2);
    expect(mergeEvents([candidate({}), candidate({ date: { start: '2019-05-04', precision: 'day' } })])).toHaveLength(2);
    expect(mergeEvents([candidate({}), candidate({ place: sfax })])).toHaveLength(2);
    expect(mergeEvents([candidate({ actors: ['x'] }), candidate({ actors: ['y'] })])).toHaveLength(2);
  });

  it('merges a month with a day inside it, and a country with a city inside it, keeping the finer', () => {
    const merged = mergeEvents([
      candidate({ date: { start: '2019-05', precision: 'month' }, place: tunisia }),
      candidate({ date: { start: '2019-05-03', precision: 'day' }, place: tunis }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ date: { start: '2019-05-03', precision: 'day' }, place: tunis });
  });

  it('lets a missing date or place merge only within one sentence', () => {
    const source = { document: 'a', quote: 'One sentence.', start: 5, end: 18, line: 2 };
    const dated = candidate({ type: 'diplomacy', subType: 'meeting', place: null, sources: [source] });
    const placed = candidate({ type: 'diplomacy', subType: 'meeting', date: null, sources: [source] });
    expect(mergeEvents([dated, placed])).toHaveLength(1);
    const elsewhere = candidate({ type: 'diplomacy', subType: 'meeting', date: null });
    expect(mergeEvents([dated, elsewhere])).toHaveLength(2);
  });

  it('treats a visit and a meeting as one, but not a meeting and a statement', () => {
    const visit = candidate({ type: 'diplomacy', subType: 'visit', label: 'Visit' });
    const meeting = candidate({ type: 'diplomacy', subType: 'meeting', label: 'Meeting' });
    const statement = candidate({ type: 'diplomacy', subType: 'statement', label: 'Statement' });
    const merged = mergeEvents([visit, meeting, statement]);
    expect(merged.map((e) => e.label)).toEqual(['Meeting', 'Statement']);
  });
});
