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
