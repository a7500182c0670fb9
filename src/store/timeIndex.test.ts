import { describe, expect, it } from 'vitest';
import type { EventDate } from '../compiler/schema.ts';
import { eventSpan } from './eventSpan.ts';
import type { DatedEvent } from './selectors.ts';
import { countStarting, countTouching, createTimeIndex, positionsTouching, sortByTime } from './timeIndex.ts';
import { makeEvent } from '../testing/makeEvent.ts';

const dated = (id: string, date: EventDate): DatedEvent => makeEvent(id, { date });

/** A small deterministic generator (no Math.random: a failure must reproduce). */
function lcg(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function randomEvents(n: number): DatedEvent[] {
  const next = lcg(7);
  const pad = (v: number) => String(v).padStart(2, '0');
  return Array.from({ length: n }, (_, i) => {
    const y = 2011 + Math.floor(next() * 8);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const kind = next();
    if (kind < 0.6) return dated(`e${i}`, { start: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });
    if (kind < 0.8) return dated(`e${i}`, { start: `${y}-${pad(m)}`, precision: 'month' });
    if (kind < 0.9) return dated(`e${i}`, { start: `${y}`, precision: 'year' });
    // Long ranges, up to five years: the ones binary search on the start alone would miss.
    return dated(`e${i}`, { start: `${y}-${pad(m)}`, end: `${y + 1 + Math.floor(next() * 4)}-${pad(m)}`, precision: 'month' });
  });
}

const events = sortByTime(randomEvents(2000));
const index = createTimeIndex(events);
const at = (iso: string) => new Date(iso).valueOf();
const windows = [
  { start: at('2013-03-01'), end: at('2013-03-08') },
  { start: at('2015-01-01'), end: at('2016-06-01') },
  { start: at('2010-01-01'), end: at('2030-01-01') },
  { start: at('2019-06-01'), end: at('2019-06-02') },
  { start: at('2000-01-01'), end: at('2001-01-01') },
];

describe('time index', () => {
  it('sorts by start, then end', () => {
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [eventSpan(events[i - 1]!), eventSpan(events[i]!)];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
  });

  it('finds exactly the events touching a window, long ranges included', () => {
    for (const w of windows) {
      const expected = events.flatMap((e, i) => (eventSpan(e).start < w.end && eventSpan(e).end > w.start ? [i] : []));
      expect(positionsTouching(index, w)).toEqual(expected);
      expect(countTouching(index, w)).toBe(expected.length);
    }
  });

  it('counts the events starting in a stretch', () => {
    const [from, to] = [at('2014-02-01'), at('2014-05-01')];
    expect(countStarting(index, from, to)).toBe(events.filter((e) => eventSpan(e).start >= from && eventSpan(e).start < to).length);
  });

  it('knows each event\'s position and the whole extent', () => {
    expect(index.positionById.get(events[123]!.id)).toBe(123);
    expect(index.extent).toEqual({ start: eventSpan(events[0]!).start, end: Math.max(...events.map((e) => eventSpan(e).end)) });
    expect(createTimeIndex([]).extent).toBeNull();
  });
});
