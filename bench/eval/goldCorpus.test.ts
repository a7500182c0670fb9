import { describe, expect, it } from 'vitest';
import type { Event } from '../../src/compiler/schema.ts';
import { makeEvent } from '../../src/testing/makeEvent.ts';
import { contentWords, dateMatches, placeMatches, quotesOverlap, scoreGoldArticle, type GoldArticle, type GoldEvent } from './goldCorpus.ts';

const gold = (over: Partial<GoldEvent>): GoldEvent => ({
  summary: 's', date: null, place: null, lat: null, lon: null, evidence: 'Rebels shelled the harbour town on Monday.', ...over,
});

const event = (over: Partial<Event>): Event => makeEvent('e1', {
  title: 't', type: 'battles', subType: 'armed-clash', date: null, place: null,
  sources: [{ document: 'a.txt', quote: 'Rebels shelled the harbour town on Monday.', start: 0, end: 10, line: 1 }], ...over,
});

describe('the real-article scoring rule', () => {
  it('matches quotes sharing 60 % of the shorter one’s words of three letters or more, accents folded', () => {
    expect(quotesOverlap(contentWords('Troops entered Ménaka at dawn.'), contentWords('At dawn, troops entered Menaka and the market.'))).toBe(true);
    expect(quotesOverlap(contentWords('Troops entered the town.'), contentWords('Talks resumed in the capital.'))).toBe(false);
  });

  it('accepts a date that starts with the gold date, never a coarser one', () => {
    expect(dateMatches(gold({ date: '2017-03' }), { start: '2017-03-14', precision: 'day' })).toBe(true);
    expect(dateMatches(gold({ date: '2017-03-14' }), { start: '2017-03', precision: 'month' })).toBe(false);
    expect(dateMatches(gold({ date: null }), { start: '1999', precision: 'year' })).toBe(true);
    expect(dateMatches(gold({ date: '2015-05-11', dateEnd: '2015-05-15' }), { start: '2015-05-11', end: '2015-05-17', precision: 'day' })).toBe(false);
  });

  it('accepts no place or a country where the gold names none, and a region where it has no point', () => {
    const city = { name: 'X', lat: 10, lon: 10, precision: 'city' as const };
    expect(placeMatches(gold({}), null)).toBe(true);
    expect(placeMatches(gold({}), { ...city, precision: 'country' })).toBe(true);
    expect(placeMatches(gold({}), city)).toBe(false);
    expect(placeMatches(gold({ place: 'the north' }), { ...city, precision: 'region' })).toBe(true);
    expect(placeMatches(gold({ place: 'X', lat: 10.2, lon: 10 }), city)).toBe(true); // ≈22 km
    expect(placeMatches(gold({ place: 'X', lat: 10.5, lon: 10 }), city)).toBe(false); // ≈56 km
  });

  it('ignores optional gold events and classifies what it misses', () => {
    const article: GoldArticle = {
      name: 'a', path: 'a.txt', text: '',
      events: [
        gold({ date: '2020-01-06', place: 'X', lat: 10, lon: 10 }),
        gold({ optional: true, evidence: 'Something else entirely happened afterwards.' }),
      ],
    };
    const score = scoreGoldArticle(article, [event({ place: { name: 'X', lat: 10, lon: 10, precision: 'city' } })]);
    expect(score).toMatchObject({ gold: 1, found: 0, predicted: 1, correct: 0 });
    expect(score.misses[0]?.class).toBe('date missing');
    expect(score.extras[0]?.class).toBe('extra (event sentence)');
  });
});
