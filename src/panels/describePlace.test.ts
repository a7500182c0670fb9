import { describe, expect, it } from 'vitest';
import { describePlace } from './describePlace.ts';
import { describeCertainty } from './describeCertainty.ts';

describe('describePlace', () => {
  it('names the place and how finely it is known', () => {
    expect(describePlace({ name: 'Benghazi', lat: 32.1, lon: 20.1, precision: 'city' })).toBe('Benghazi (city)');
    expect(describePlace({ name: 'Sirte', lat: 31.2, lon: 16.6, precision: 'city', approximate: true }))
      .toBe('Sirte (city, approximate)');
    expect(describePlace(null)).toBe('Place unknown');
  });
});

describe('describeCertainty', () => {
  it('leads with the word', () => {
    expect(describeCertainty('alleged')).toMatch(/^Alleged\b/);
    expect(describeCertainty('unverified')).toMatch(/^Unverified\b/);
  });
});
