import { describe, expect, it } from 'vitest';
import { createDateReader } from './createDateReader.ts';

/** Years of dates written without one, read in story order; sentences written for these tests. */
describe('the year of a date written without one', () => {
  it('moves forward across New Year when the story does', () => {
    const reader = createDateReader('2021-03-01');
    reader.read('The talks stalled in June last year.');
    expect(reader.read('On 23 October, both sides signed a truce.')[0]?.date?.start).toBe('2020-10-23');
    expect(reader.read('On 5 February, the forum chose a new government.')[0]?.date?.start).toBe('2021-02-05');
  });

  it('stays in the year for a short step back', () => {
    const reader = createDateReader(null);
    reader.read('Rebels entered the capital on 20 August 2011.');
    expect(reader.read('On 19 June, the alliance had struck the port.')[0]?.date?.start).toBe('2011-06-19');
  });

  it('keeps a year in a relative clause about people out of the story, whatever numbers it holds', () => {
    const reader = createDateReader('2021-02-17');
    reader.read('He was a lawyer who represented the families of the 1,200 prisoners killed at the prison in 1996.');
    expect(reader.read('By 19 March, the revolt had become a war.')[0]?.date?.start).not.toMatch(/^1996/);
  });
});

describe('the date of a backdrop that "since" opens', () => {
  it('is background: it dates neither the sentence nor the year in context', () => {
    const reader = createDateReader(null);
    const [mention] = reader.read('It is the first command to fall since the junta took power in the February 2021 coup.');
    expect(mention?.background).toBe(true);
    expect(reader.read('The group resumed its offensive in late June.')[0]?.date ?? null).toBeNull();
  });

  it('leaves "since March 2015" alone a span', () => {
    const [mention] = createDateReader('2020-01-01').read('Fighting has raged since March 2015.');
    expect(mention?.background).toBeUndefined();
    expect(mention?.date).toMatchObject({ start: '2015-03', end: '2020-01' });
  });
});
