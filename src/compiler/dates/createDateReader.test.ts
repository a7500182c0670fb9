import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

describe('createDateReader', () => {
  it('returns offsets into the sentence, without trailing punctuation', () => {
    const sentence = 'The envoy left on Thursday, as expected.';
    const [m] = createDateReader('2017-09-28').read(sentence);
    expect(m && sentence.slice(m.start, m.end)).toBe('on Thursday');
    expect(m?.text).toBe('on Thursday');
  });

  it('reads a whole short article in order', () => {
    const reader = createDateReader('2017-09-28');
    const read = (s: string) => reader.read(s).map((m) => m.date?.start ?? m.unresolved);
    expect(read('Clashes flared on 2 May 2016 in the south.')).toEqual(['2016-05-02']);
    expect(read('The next day, the airport was closed.')).toEqual(['2016-05-03']);
    expect(read('In 2015, the militia had taken the oil fields.')).toEqual(['2015']);
    expect(read('It lost them on 13 November.')).toEqual(['2015-11-13']);
    expect(read('Residents say the army has recently returned.')).toEqual(['vague']);
  });

  it('dates the event named after "a day after" from the date just given, without moving the anchor', () => {
    const reader = createDateReader('2019-04-07');
    const [sat, after] = reader.read('Troops entered the suburbs on Saturday, a day after the UN called for a truce.');
    expect(sat?.date?.start).toBe('2019-04-06');
    expect(after?.date?.start).toBe('2019-04-05');
    expect(reader.read('The following day the UN evacuated staff.')[0]?.date?.start).toBe('2019-04-07');
  });

  it('ends a duration at a date of its own clause only', () => {
    const [, ruled] = createDateReader(null).read('The 1969 coup brought the colonel to power; he ruled for 42 years.');
    expect(ruled?.date).toBeNull();
  });

  it('reads "March 20" as a day, not as the year 2020', () => {
    const [m] = createDateReader('2011-03-25').read('On Sunday, March 20, the coalition widened its strikes.');
    expect(m?.date).toEqual({ start: '2011-03-20', precision: 'day' });
  });

  it('keeps each document separate', () => {
    const a = createDateReader('2017-09-28');
    a.read('Fighting began in 2012.');
    const b = createDateReader('2017-09-28');
    expect(b.read('The town fell on 13 November.')[0]?.date?.start).toBe('2016-11-13');
  });

  it('says how each date was read', () => {
    const reader = createDateReader('2017-09-28');
    const kinds = reader
      .read('After a two-year siege that ended on 5 July 2017, the army said on Thursday it had recently moved south.')
      .map((m) => [m.text, m.kind]);
    expect(kinds).toEqual([
      ['a two-year siege', 'duration'],
      ['on 5 July 2017', 'explicit'],
      ['on Thursday', 'relative'],
      ['recently', 'vague'],
    ]);
  });

  it('rejects a malformed publication date as a programmer error', () => {
    expect(() => createDateReader('28/09/2017')).toThrow(/YYYY-MM-DD/);
  });
});

describe('createDateReader: what each date counts from', () => {
  it('ends a span reported of a statement just dated at that statement, else at publication', () => {
    const reader = createDateReader('2024-09-30');
    reader.read('On 26 September, the envoy voiced alarm at the fighting.');
    const [span] = reader.read('"Over the past two weeks, the battle has escalated," the envoy said.');
    expect(span).toMatchObject({ kind: 'duration', anchoredOn: 'narrative', date: { start: '2024-09-12', end: '2024-09-26' } });
    const [later] = createDateReader('2024-09-30').read('Over the past two weeks, the battle has escalated.');
    expect(later).toMatchObject({ anchoredOn: 'publication', date: { start: '2024-09-16', end: '2024-09-30' } });
    expect(createDateReader('2024-09-30').read('The siege ended on 3 May 2016 after two years of fighting.')[1]?.anchoredOn).toBe('sentence');
  });

  it('reads "this week" and "earlier this week" as Monday up to publication, "this month" as its month', () => {
    // 15 May 2015 was a Friday.
    expect(createDateReader('2015-05-15').read('Shells hit homes twice this week.')[0]).toMatchObject({ date: { start: '2015-05-11', end: '2015-05-15' }, anchoredOn: 'publication' });
    expect(createDateReader('2015-05-15').read('Earlier this week, shells hit homes.')[0]?.date).toMatchObject({ start: '2015-05-11', end: '2015-05-15' });
    expect(createDateReader('2015-05-15').read('Earlier this month, shells hit homes.')[0]?.date).toEqual({ start: '2015-05', precision: 'month' });
  });

  it('says a date dates the event named after "after", not the sentence', () => {
    const [signed, conflict] = createDateReader(null).read('In June 2018, seven years after the conflict, an agreement was signed.');
    expect(signed?.complement).toBeUndefined();
    expect(conflict).toMatchObject({ date: { start: '2011' }, complement: true });
  });

  it('dates each item of a timeline by its own heading, whatever its tense', () => {
    const reader = createDateReader(null);
    const [item] = reader.read('June 2012 - Envoys meet in Geneva, but their plan will fail.');
    expect(item).toMatchObject({ date: { start: '2012-06' } });
    expect(item?.future).toBeUndefined();
    expect(reader.read('Aug. 2013 - A gas attack kills hundreds.')[0]?.date?.start).toBe('2013-08');
  });
});
