import { describe, expect, it } from 'vitest';
 
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const libya = { countries: ['LY'] };

describe('relative locations', () => {
  it('offsets "N km DIR of X" and covers the whole phrase', () => {
    const s = 'A drone struck a depot some 50 km south of Tripoli on Monday.';
    const [m] = finder.find(s, libya);
    expect(m?.text).toBe('some 50 km south of Tripoli');
    expect(m?.start).toBe(s.indexOf('some'));
    expect(m?.place).toMatchObject({ approximate: true, country: 'LY', precision: 'city' });
    expect(m?.place.lat).toBeCloseTo(32.887 - 0.45, 1);
    expect(m?.place.geonameId).toBeUndefined();
  });

  it('offsets miles east', () => {
    const [m] = finder.find('The column halted 30 miles east of Sirte.', libya);
    expect(m?.place.lon).toBeGreaterThan(16.58 + 0.4);
    expect(m?.place.approximate).toBe(true);
  });

  it('keeps the point but marks it approximate for near/outside/outskirts', () => {
    for (const phrase of ['near Derna', 'outside Benghazi', 'on the outskirts of Tripoli']) {
      const [m] = finder.find(`Clashes were reported ${phrase} late on Friday.`, libya);
      expect(m?.text).toBe(phrase);
      expect(m?.place.approximate).toBe(true);
      expect(m?.place.geonameId).toBeGreaterThan(0);
    }
  });
});

describe('curated places and neighbourhoods', () => {
  it('puts the neighbourhood before its city', () => {
    const found = finder.find('Families fled the Ganfouda neighbourhood of Benghazi in March.', libya);
    expect(found.map((m) => [m.text, m.place.precision])).toEqual([['Ganfouda', 'neighbourhood'], ['Benghazi', 'city']]);
    const gwarsha = finder.find('Mines were cleared in the Gwarsha district in Benghazi.', libya);
    expect(gwarsha[0]?.place.name).toBe('Gwarsha');
  });

  it('needs a cue for neighbourhood names that are also personal names', () => {
    expect(finder.find('Sabri told reporters he would stay.', libya)).toEqual([]);
    expect(finder.find('Snipers were active in the Sabri district.', libya)[0]?.place.name).toBe('Sabri');
  });

  it('finds terminals, airports and regions at honest precision', () => {
    const s = 'Jets from Al-Watiya air base and Mitiga hit Es Sider, Ras Lanuf oil terminal and the Jufra air base across Cyrenaica and the Oil Crescent.';
    const found = finder.find(s, libya);
    expect(found.map((m) => [m.place.name, m.place.precision])).toEqual([
      ['Al-Watiya air base', 'site'], ['Mitiga International Airport', 'site'], ['Es Sider oil terminal', 'site'],
      ['Ras Lanuf oil terminal', 'site'], ['Al Jufra air base', 'site'], ['Cyrenaica', 'region'], ['Oil Crescent', 'region'],
    ]);
  });

  it('applies curated entries only to stories about their country', () => {
    expect(finder.find('Hikers climbed Jebel Akhdar.', { countries: ['OM'] })).toEqual([]);
  });
});
