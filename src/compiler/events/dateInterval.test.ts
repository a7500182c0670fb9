import { describe, expect, it } from 'vitest';
import { dayNumber, utcDayNumber } from './dateInterval.ts';

describe('day numbers', () => {
  it('are what Date.UTC gives, for every day, month and year of five centuries and for odd inputs', () => {
    const inputs: string[] = [];
    for (let y = 1800; y <= 2300; y++) {
      const year = String(y);
      inputs.push(year);
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        inputs.push(month);
        for (let d = 1; d <= 31; d++) inputs.push(`${month}-${String(d).padStart(2, '0')}`);
      }
    }
    inputs.push('0099', '0100', '0050-06', '0001-01-01', '9999-12-31', '2019-13', '2019-00', '2019-02-30', '2019-04-31', '2019-01-00',
      '2019-1-5', '-0500', '+2019', '2019-03-xx', '', 'abcd', '2019-02-29', '2020-02-29', '1900-02-29', '2000-02-29', '2019/03/04');
    const differ = inputs.flatMap((iso) => (['first', 'last'] as const)
      .filter((edge) => !Object.is(dayNumber(iso, edge), utcDayNumber(iso, edge)))
      .map((edge) => `${iso} ${edge}: ${dayNumber(iso, edge)}, not ${utcDayNumber(iso, edge)}`));
    expect(differ).toEqual([]);
  });
});
