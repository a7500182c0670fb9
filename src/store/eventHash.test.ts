import { describe, expect, it } from 'vitest';
import { formatEventHash, parseEventHash, type HashState } from './eventHash.ts';
import { noFilters } from './appStore.ts';
import { dayStart } from './isoDay.ts';

const empty: HashState = { eventId: null, window: null, filters: noFilters, groupBy: null, storyStep: null };

describe('parseEventHash', () => {
  it('reads the event id with or without the leading #', () => {
    expect(parseEventHash('#event=abc-123').eventId).toBe('abc-123');
    expect(parseEventHash('event=abc-123').eventId).toBe('abc-123');
  });

  it('yields the empty view for empty, foreign or blank hashes', () => {
    expect(parseEventHash('')).toEqual(empty);
    expect(parseEventHash('#')).toEqual(empty);
    expect(parseEventHash('#slide=2&event=')).toEqual(empty);
  });

  it('decodes percent-encoding', () => {
    expect(parseEventHash('#event=a%20b').eventId).toBe('a b');
  });

  it('reads the window as local days, and ignores malformed or reversed ones', () => {
    expect(parseEventHash('#from=2017-01-01&to=2017-03-01').window)
      .toEqual({ start: dayStart('2017-01-01'), end: dayStart('2017-03-01') });
    expect(parseEventHash('#from=2017-01&to=2017-03-01').window).toBeNull();
    expect(parseEventHash('#from=2017-03-01&to=2017-01-01').window).toBeNull();
    expect(parseEventHash('#from=2017-01-01').window).toBeNull();
  });

  it('reads comma-separated filters and drops unknown types, certainties and death reports', () => {
    const { filters } = parseEventHash('#type=battles,nonsense,diplomacy&certainty=alleged,sure&actor=khalifa-haftar&place=Benghazi&doc=d1&deaths=reported,many&q=siege%20of');
    expect(filters).toEqual({
      types: ['battles', 'diplomacy'], certainties: ['alleged'], actors: ['khalifa-haftar'],
      places: ['Benghazi'], documents: ['d1'], deaths: ['reported'], query: 'siege of',
    });
  });

  it('reads the story step 1-based into a 0-based index, ignoring non-positive or non-numeric ones', () => {
    expect(parseEventHash('#story=1').storyStep).toBe(0);
    expect(parseEventHash('#story=12').storyStep).toBe(11);
    for (const bad of ['#story=0', '#story=-1', '#story=two', '#story=1.5', '#story=']) expect(parseEventHash(bad).storyStep).toBeNull();
  });

  it('reads the grouping, ignoring unknown ones', () => {
    expect(parseEventHash('#group=place').groupBy).toBe('place');
    expect(parseEventHash('#group=colour').groupBy).toBeNull();
  });
});

describe('formatEventHash', () => {
  it('writes and clears the event', () => {
    expect(formatEventHash({ eventId: 'abc' })).toBe('#event=abc');
    expect(formatEventHash({ eventId: null }, '#event=abc')).toBe('');
  });

  it('keeps parameters it does not own', () => {
    expect(formatEventHash({ eventId: 'x' }, '#slide=2&event=y')).toBe('#event=x&slide=2');
    expect(formatEventHash({ eventId: null }, '#slide=2&event=y')).toBe('#slide=2');
  });

  it('writes the story step 1-based, and drops it outside story mode', () => {
    expect(formatEventHash({ eventId: 'x', storyStep: 2 })).toBe('#event=x&story=3');
    expect(formatEventHash({ eventId: 'x', storyStep: null }, '#event=x&story=3')).toBe('#event=x');
  });

  it('writes readable lists and leaves defaults out', () => {
    const hash = formatEventHash({ ...empty, filters: { ...noFilters, types: ['battles', 'protests'] }, groupBy: 'type' });
    expect(hash).toBe('#type=battles,protests');
    expect(formatEventHash({ filters: { ...noFilters, deaths: ['reported'] } })).toBe('#deaths=reported');
  });

  it('round-trips the whole view, including commas, ampersands and non-Latin text', () => {
    const state: HashState = {
      eventId: 'e1x',
      window: { start: dayStart('2015-09-01'), end: dayStart('2017-10-01') },
      filters: {
        types: ['battles'], certainties: ['reported', 'alleged'], actors: ['a&b', 'c=d'],
        places: ['Misrata, Libya', '100% Town', 'طرابلس'], documents: ['doc,1'], deaths: ['none'], query: 'siege + "starve"',
      },
      groupBy: 'place',
      storyStep: 4,
    };
    expect(parseEventHash(formatEventHash(state))).toEqual(state);
  });

  it('writes a window inside one day (1 ms from a host message) as a link that parses back (issue 16.10)', () => {
    for (const start of [dayStart('2017-03-01'), dayStart('2017-03-01') + 13 * 3600_000, dayStart('2017-12-31') + 86_399_998]) {
      const hash = formatEventHash({ window: { start, end: start + 1 } });
      const window = parseEventHash(hash).window;
      expect(window, hash).not.toBeNull();
      expect(window!.start).toBeLessThanOrEqual(start);
      expect(window!.end).toBeGreaterThanOrEqual(start + 1);
    }
    expect(formatEventHash({ window: { start: dayStart('2017-12-31'), end: dayStart('2017-12-31') + 1 } }))
      .toBe('#from=2017-12-31&to=2018-01-01');
  });

  it('keeps the end day of a longer window, and years before 100', () => {
    expect(formatEventHash({ window: { start: dayStart('2017-01-01') + 5, end: dayStart('2017-03-01') + 5 } }))
      .toBe('#from=2017-01-01&to=2017-03-01');
    const window = { start: dayStart('0099-03-01'), end: dayStart('0099-04-01') };
    expect(formatEventHash({ window })).toBe('#from=0099-03-01&to=0099-04-01');
    expect(parseEventHash('#from=0099-03-01&to=0099-04-01').window).toEqual(window);
  });
});
