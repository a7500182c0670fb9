import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

const starts = (reader: ReturnType<typeof createDateReader>, sentence: string) => reader.read(sentence).map((m) => m.date?.start ?? m.unresolved);

describe('bare day ordinals', () => {
  it('reads "on the 9th" as that day of the month the story is telling, and moves the story on', () => {
    const reader = createDateReader(null);
    expect(starts(reader, 'On 7 March 2015, the militia entered the suburbs.')).toEqual(['2015-03-07']);
    const [ninth] = reader.read('On the 9th, the army withdrew from the airport.');
    expect(ninth).toMatchObject({ text: 'On the 9th', date: { start: '2015-03-09', precision: 'day' }, kind: 'relative', anchoredOn: 'narrative' });
    expect(starts(reader, 'The next day, the port closed.')).toEqual(['2015-03-10']);
    expect(starts(reader, 'By the 12th, the town was empty.')).toEqual(['2015-03-12']);
  });

  it('takes the latest such day on or before publication when the story has named no month', () => {
    expect(createDateReader('2019-05-20').read('Fighting stopped on the 14th.')[0]).toMatchObject({ date: { start: '2019-05-14' }, anchoredOn: 'publication' });
    expect(createDateReader('2019-05-20').read('Fighting stopped on the 24th.')[0]?.date?.start).toBe('2019-04-24');
  });

  it('is no date before a noun, and unresolved without any month', () => {
    expect(createDateReader('2019-05-20').read('Troops of the 9th Brigade withdrew.')).toEqual([]);
    expect(createDateReader('2019-05-20').read('It was the worst fighting since the 17th century.')).toEqual([]);
    expect(createDateReader(null).read('Fighting stopped on the 14th.')[0]?.date).toBeNull();
  });
});
