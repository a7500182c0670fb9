import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

describe('a weekday with its date in brackets', () => {
  it('is one mention, dated by the bracket', () => {
    const mentions = createDateReader('2016-12-07').read('The forces said on Tuesday (December 6) they had cleared the district.');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ text: 'on Tuesday (December 6)', kind: 'explicit', date: { start: '2016-12-06', precision: 'day' } });
  });

  it('uses the weekday to choose the year without a publication date', () => {
    const [m] = createDateReader(null).read('The forces said on Tuesday (December 6) they had cleared the district.');
    expect(m?.date).toBeNull();
    const reader = createDateReader(null);
    reader.read('The campaign began in 2016.');
    expect(reader.read('The forces said on Tuesday (December 6) they had won.')[0]?.date?.start).toBe('2016-12-06');
  });

  it('leaves a bare weekday unresolved without a publication date or an earlier day', () => {
    expect(createDateReader(null).read('The town fell on Tuesday.')[0]?.date).toBeNull();
  });
});
