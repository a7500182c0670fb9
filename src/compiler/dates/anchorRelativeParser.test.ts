import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

/** Reads the sentences in order and returns the dates of the last one. */
function lastDates(published: string | null, ...sentences: string[]) {
  const reader = createDateReader(published);
  let mentions = reader.read(sentences[0] ?? '');
  for (const s of sentences.slice(1)) mentions = reader.read(s);
  return mentions.map((m) => ({ text: m.text, date: m.date, unresolved: m.unresolved }));
}

describe('dates relative to the last explicit date', () => {
  it('counts days back: the day previous, the previous day, a day earlier, the day before', () => {
    for (const phrase of ['the day previous', 'the previous day', 'a day earlier', 'the day before']) {
      const [m] = lastDates('2019-06-01', 'Guards opened fire at the camp on 4 May 2018.', `The camp had been emptied ${phrase}.`);
      expect(m?.text, phrase).toBe(phrase);
      expect(m?.date, phrase).toEqual({ start: '2018-05-03', precision: 'day' });
    }
  });

  it('counts days forward: two days later, the following day, the next day', () => {
    const later = lastDates(null, 'The bridge was blown up on 30 June 2014.', 'Two days later the army retreated.');
    expect(later[0]?.date?.start).toBe('2014-07-02');
    const next = lastDates(null, 'The bridge was blown up on 30 June 2014.', 'The following day the army retreated.');
    expect(next[0]?.date?.start).toBe('2014-07-01');
    const n = lastDates(null, 'The bridge was blown up on 30 June 2014.', 'The next day the army retreated.');
    expect(n[0]?.date?.start).toBe('2014-07-01');
  });

  it('uses an anchor set earlier in the same sentence', () => {
    const [, rel] = lastDates(null, 'The truce began on 2 January 2016 but collapsed the next day.');
    expect(rel?.date?.start).toBe('2016-01-03');
  });

  it('chains relatives on one another, as narratives do', () => {
    const dates = lastDates(null, 'Talks opened on 10 April 2015.', 'A day later they stalled.', 'The following day they collapsed.');
    expect(dates[0]?.date?.start).toBe('2015-04-12');
  });

  it('reads the same day and later that month', () => {
    expect(lastDates(null, 'A car bomb exploded on 8 August 2013.', 'A second blast hit the same day.')[0]?.date)
      .toEqual({ start: '2013-08-08', precision: 'day' });
    expect(lastDates(null, 'A car bomb exploded on 8 August 2013.', 'Later that month the police made arrests.')[0]?.date)
      .toEqual({ start: '2013-08', precision: 'month' });
  });

  it('reads that week as an approximate day range of the anchor week', () => {
    const [m] = lastDates(null, 'Protests began on Wednesday 16 February 2011.', 'That week the protests spread.');
    expect(m?.date).toEqual({ start: '2011-02-14', end: '2011-02-20', precision: 'day', approximate: true });
  });

  it('reads a month or day of the anchor year: October of that year, 16 May that year', () => {
    expect(lastDates(null, 'The offensive began in 2014.', 'In October of that year the army advanced.')[0]?.date)
      .toEqual({ start: '2014-10', precision: 'month' });
    expect(lastDates(null, 'The operation was launched in 2014 and the first raids came on 16 May that year.')[1]?.date)
      .toEqual({ start: '2014-05-16', precision: 'day' });
    expect(lastDates(null, 'The offensive began in 2014.', 'In March of the following year talks opened.')[0]?.date)
      .toEqual({ start: '2015-03', precision: 'month' });
  });

  it('reads hours later as about the anchor day', () => {
    expect(lastDates(null, 'Talks collapsed on 3 May 2018.', 'Hours later, the shelling resumed.')[0]?.date)
      .toEqual({ start: '2018-05-03', precision: 'day', approximate: true });
  });

  it('counts "three days later they…" forward from a date in the same sentence', () => {
    const [, later] = lastDates(null, 'Rebels reached the city on 20 August 2011, and three days later they took the compound.');
    expect(later?.date?.start).toBe('2011-08-23');
  });

  it('does not guess when "two days after <event>" has nothing to count from', () => {
    const [m] = lastDates('2011-03-19', 'Jets went into action, two days after the council authorised force.');
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toMatch(/event/);
  });

  it('falls back to the publication date when nothing was named before', () => {
    expect(lastDates('2020-01-10', 'The day before, the militia had left.')[0]?.date?.start).toBe('2020-01-09');
  });

  it('is unresolved with no anchor at all', () => {
    const [m] = lastDates(null, 'The day before, the militia had left.');
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toMatch(/no|none/);
  });

  it('is unresolved when the anchor is coarser than the relative', () => {
    const [m] = lastDates(null, 'Clashes broke out in 2014.', 'The next day the town emptied.');
    expect(m?.date).toBeNull();
    expect(m?.unresolved).toBeDefined();
  });
});
