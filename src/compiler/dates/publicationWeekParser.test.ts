import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

// Published on a Thursday.
const PUB = '2017-09-28';
const dateOf = (published: string | null, sentence: string) => createDateReader(published).read(sentence)[0];

describe('dates relative to publication', () => {
  it('reads yesterday and today as days', () => {
    expect(dateOf(PUB, 'Two rockets hit the airport yesterday.')?.date).toEqual({ start: '2017-09-27', precision: 'day' });
    expect(dateOf(PUB, 'The crossing reopened today.')?.date).toEqual({ start: '2017-09-28', precision: 'day' });
  });

  it('reads last week as an approximate day range of the previous calendar week', () => {
    expect(dateOf(PUB, 'Dozens were detained last week in the capital.')?.date).toEqual({
      start: '2017-09-18', end: '2017-09-24', precision: 'day', approximate: true,
    });
  });

  it('reads earlier this week as Monday up to publication', () => {
    expect(dateOf(PUB, 'Fighting flared earlier this week.')?.date).toEqual({
      start: '2017-09-25', end: '2017-09-28', precision: 'day', approximate: true,
    });
  });

  it('reads the past week as the seven days up to publication, and this past weekend as the last one', () => {
    expect(dateOf(PUB, 'Dozens were detained over the past week.')?.date).toEqual({
      start: '2017-09-21', end: '2017-09-28', precision: 'day', approximate: true,
    });
    expect(dateOf(PUB, 'This past weekend saw heavy clashes.')?.date).toEqual({
      start: '2017-09-23', end: '2017-09-24', precision: 'day', approximate: true,
    });
  });

  it('reads "over the weekend" as the weekend just gone, or the one under way', () => {
    expect(dateOf(PUB, 'Clashes erupted over the weekend.')?.date).toEqual({
      start: '2017-09-23', end: '2017-09-24', precision: 'day', approximate: true,
    });
    // Published on a Saturday.
    expect(dateOf('2017-09-30', 'Clashes erupted over the weekend.')?.date).toEqual({
      start: '2017-09-30', precision: 'day', approximate: true,
    });
  });

  it('reads next week as future', () => {
    const m = dateOf(PUB, 'Negotiators meet next week.');
    expect(m?.date?.start).toBe('2017-10-02');
    expect(m?.future).toBe(true);
  });

  it('reads last month, earlier this month and last year at their own precision', () => {
    expect(dateOf(PUB, 'The oil port was seized last month.')?.date).toEqual({ start: '2017-08', precision: 'month' });
    expect(dateOf(PUB, 'Aid deliveries resumed earlier this month.')?.date).toEqual({ start: '2017-09', precision: 'month' });
    expect(dateOf(PUB, 'The UN mission pulled out last year.')?.date).toEqual({ start: '2016', precision: 'year' });
  });

  it('reads three days ago as a day', () => {
    expect(dateOf(PUB, 'The envoy arrived three days ago.')?.date).toEqual({ start: '2017-09-25', precision: 'day' });
  });

  it('leaves every publication relative unresolved without a publication date', () => {
    for (const s of ['It happened yesterday.', 'It happened last week.', 'It happened last month.', 'It happened three days ago.']) {
      const m = dateOf(null, s);
      expect(m?.date, s).toBeNull();
      expect(m?.unresolved, s).toMatch(/publication/);
    }
  });
});
