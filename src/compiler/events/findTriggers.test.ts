import { describe, expect, it } from 'vitest';
import { findTriggers } from './findTriggers.ts';
import { tokenize } from './tokenize.ts';

const triggers = (s: string) => findTriggers(tokenize(s)).map((t) => [t.text, t.type, t.factual]);

describe('findTriggers', () => {
  it('maps verbs and nouns to ACLED types', () => {
    expect(triggers('Militias clashed near the port and an airstrike hit the depot.')).toEqual([
      ['clashed', 'battles', true],
      ['airstrike', 'explosions-remote-violence', true],
    ]);
  });

  it('prefers the longest phrase', () => {
    expect(triggers('A car bomb exploded outside the hotel.')).toEqual([
      ['car bomb', 'explosions-remote-violence', true],
      ['exploded', 'explosions-remote-violence', true],
    ]);
  });

  it('marks negated, planned and intended actions as not factual', () => {
    expect(triggers('The minister will visit the city.')).toEqual([['visit', 'diplomacy', false]]);
    expect(triggers('The group denied attacking the convoy.')).toEqual([['attacking', 'battles', false]]);
    expect(triggers('Commanders vowed to capture the airport.')).toEqual([]);
    expect(triggers('He plans to meet the envoy.')).toEqual([['meet', 'diplomacy', false]]);
  });

  it('treats an event after a preposition of time or cause as background', () => {
    expect(triggers('Crowds protested against the offensive.')).toEqual([
      ['protested', 'protests', true],
      ['offensive', 'battles', false],
    ]);
    expect(triggers('The army retook the port after a week of fighting.')).toEqual([['retook', 'battles', true], ['fighting', 'battles', false]]);
  });

  it('reads common verbs as a change of control only before a name', () => {
    expect(triggers('His troops took Gharyan the same day.')).toEqual([['took', 'battles', true]]);
    expect(triggers('His troops took part in the parade.')).toEqual([]);
  });

  it('ignores participles used as adjectives', () => {
    expect(triggers('Food ran out in the besieged districts.')).toEqual([]);
  });

  it('ignores trigger words inside names but keeps named battles', () => {
    expect(triggers('He backs the Government of National Accord.')).toEqual([]);
    expect(triggers('The Battle of Sirte ended in December.')).toEqual([['battle', 'battles', true]]);
  });
});
