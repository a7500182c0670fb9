import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

// Published on a Wednesday.
const PUB = '2019-04-17';
const first = (sentence: string, published: string | null = PUB) => createDateReader(published).read(sentence)[0];

describe('parts of a day', () => {
  it('dates a weekday with its part of the day to that day, never a week later', () => {
    expect(first('Rockets hit the district on Wednesday night.')?.date?.start).toBe('2019-04-17');
    expect(first('Rockets fell late on Tuesday.')?.date?.start).toBe('2019-04-16');
    expect(first('Clashes erupted early Monday.')?.date?.start).toBe('2019-04-15');
    expect(first('On Thursday night, a drone struck the depot.')?.date?.start).toBe('2019-04-11');
    // A future marker in another clause does not make the night ahead.
    expect(first('The militias, which are expected to regroup, shelled the port on Wednesday night.')?.date?.start).toBe('2019-04-17');
    expect(first('On Wednesday night, shells hit the port as officials warned that fighting will spread.')?.date?.start).toBe('2019-04-17');
  });

  it('reads "overnight" as the night before publication, or the night after the day just told', () => {
    expect(first('Shells hit the district overnight, residents said.')).toMatchObject({
      date: { start: '2019-04-16', end: '2019-04-17', precision: 'day', approximate: true },
      anchoredOn: 'publication',
    });
    const reader = createDateReader(PUB);
    reader.read('The offensive began on 4 April.');
    expect(reader.read('Overnight, the army retook the airport.')[0]).toMatchObject({ date: { start: '2019-04-04', end: '2019-04-05' }, anchoredOn: 'narrative' });
    expect(first('The council imposed an overnight curfew.')).toBeUndefined();
    expect(first('Shells hit the district overnight.', null)?.date).toBeNull();
  });

  it('reads "this morning" as publication day and "the next morning", "later that day" from the story', () => {
    expect(first('We lost the city this morning.')).toMatchObject({ date: { start: '2019-04-17' }, anchoredOn: 'publication' });
    const reader = createDateReader(null);
    reader.read('Rebels entered the town on 2 May 2016.');
    expect(reader.read('The next morning, the army shelled it.')[0]?.date?.start).toBe('2016-05-03');
    expect(reader.read('Later that day, the rebels withdrew.')[0]?.date?.start).toBe('2016-05-03');
  });
});

describe('a night of the publication weekday', () => {
  it('is publication day even in a clause about the future', () => {
    expect(first('Residents fear the militia will strike again on Wednesday night.')).toMatchObject({ date: { start: '2019-04-17' }, future: true });
    expect(first('The envoys will meet late on Wednesday.')?.date?.start).toBe('2019-04-17');
    // Without a part of the day, a future weekday is still the next one.
    expect(first('The envoys will meet on Wednesday.')?.date?.start).toBe('2019-04-24');
  });
});
