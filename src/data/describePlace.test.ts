import { describe, expect, it } from 'vitest';
import { describePlace } from './describePlace.ts';
import { describeCertainty } from './certainties.ts';
import { describeDate } from './describeDate.ts';
import { describeTypeAndSubType } from './eventSubTypes.ts';

describe('describePlace', () => {
  it('names the place and how finely it is known', () => {
    expect(describePlace({ name: 'Benghazi', lat: 32.1, lon: 20.1, precision: 'city' })).toBe('Benghazi — city');
    expect(describePlace({ name: 'Ganfouda', lat: 32, lon: 20, precision: 'neighbourhood', approximate: true }))
      .toBe('Ganfouda — neighbourhood, approximate location');
    expect(describePlace(null)).toBe('Place unknown');
  });
});

describe('describeDate', () => {
  it('says the precision', () => {
    expect(describeDate({ start: '2017-03', precision: 'month' })).toBe('March 2017 (month)');
    expect(describeDate({ start: '2015-09', end: '2017-09', precision: 'month', approximate: true }))
      .toBe('about Sep 2015 – Sep 2017 (month)');
    expect(describeDate(null)).toBe('Date unknown');
  });
});

describe('describeCertainty', () => {
  it('leads with the word', () => {
    expect(describeCertainty('alleged')).toMatch(/^Alleged — /);
    expect(describeCertainty('unverified')).toMatch(/^Unverified — /);
  });
});

describe('describeTypeAndSubType', () => {
  it('puts the sub-type in words and drops "other"', () => {
    expect(describeTypeAndSubType('explosions-remote-violence', 'air-drone-strike')).toBe('Explosion or remote violence — air/drone strike');
    expect(describeTypeAndSubType('battles', 'armed-clash')).toBe('Battle — armed clash');
    expect(describeTypeAndSubType('strategic-developments', 'other')).toBe('Strategic development');
  });
});
