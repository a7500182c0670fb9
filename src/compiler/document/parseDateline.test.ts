import { describe, expect, it } from 'vitest';
import { parseDateline } from './parseDateline.ts';

describe('parseDateline', () => {
  it.each([
    ['28 September, 2017', '2017-09-28'],
    ['Wednesday April 17 2019', '2019-04-17'],
    ['Jul 3 2018', '2018-07-03'],
    ['13/09/2017', '2017-09-13'],
    ['09/13/2017', '2017-09-13'],
    ['2016-12-05', '2016-12-05'],
    ['Published: Thursday 28 September 2017, 10:45 GMT', '2017-09-28'],
    ['Updated Sept. 4, 2014', '2014-09-04'],
    ['Mon 1st Feb 2016', '2016-02-01'],
  ])('reads %s', (line, date) => {
    expect(parseDateline(line)).toEqual({ date });
  });

  it.each([
    'Talks between the two delegations began on 3 May 2018 in the Italian capital.',
    '31 February 2017',
    '2 min read',
    'Haftar received a special welcome in Rome [Facebook]',
  ])('rejects %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
