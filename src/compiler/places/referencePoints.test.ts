import { describe, expect, it } from 'vitest';

import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const find = (sentence: string, countries: string[] = ['LY']) => finder.find(sentence, { countries });

describe('landmarks of a relative location', () => {
  it('marks the landmark after a named town, which stays the location', () => {
    const [town, landmark] = find('Rebels took Gharyan, roughly 80 km south of Tripoli, on Monday.');
    expect(town).toMatchObject({ text: 'Gharyan', place: { precision: 'city' } });
    expect(town?.reference).toBeUndefined();
    // The landmark keeps its own point and kind, for a later "the capital".
    expect(landmark).toMatchObject({ text: 'roughly 80 km south of Tripoli', reference: true, kind: 'capital', place: { name: 'Tripoli' } });
    expect(landmark?.place.lat).toBeCloseTo(32.89, 1);
  });

  it('reads "<town> lies N km <dir> of <landmark>" and chained landmarks', () => {
    const lies = find('Marib lies about 120 km east of the capital Sanaa.', ['YE']);
    expect(lies.find((m) => m.text.includes('Sanaa'))?.reference).toBe(true);
    const chain = find('The front ran through Sirte, 250 km east of Misrata and 550 km west of Benghazi.');
    expect(chain.filter((m) => m.reference).map((m) => m.place.name)).toEqual(['Misrata', 'Benghazi']);
  });

  it('marks "near <landmark>" and "a suburb of <landmark>" after a named town', () => {
    expect(find('An air strike hit Tajoura, near Tripoli, at night.').find((m) => m.reference)?.place.name).toBe('Tripoli');
    expect(find('Gunmen raided Tajoura, a suburb of Tripoli.').find((m) => m.reference)?.place.name).toBe('Tripoli');
  });

  it('leaves a relative location with no named town before it as the location', () => {
    const [m] = find('A depot was hit some 50 km south of Tripoli.');
    expect(m?.reference).toBeUndefined();
    expect(m?.place.approximate).toBe(true);
  });

  it('locates a town the gazetteer lacks by its landmark, under its own name', () => {
    const [m] = find('Fighters entered Bir Tahala, about 40 km south of Sirte, at dawn.');
    expect(m).toMatchObject({ text: 'Bir Tahala, about 40 km south of Sirte', place: { name: 'Bir Tahala (40 km S of Sirte)', approximate: true } });
    expect(m?.reference).toBeUndefined();
    const [suburb] = find('Clashes erupted in Wadi Rabea, on the outskirts of Tripoli.');
    expect(suburb).toMatchObject({ kind: 'district', place: { name: 'Wadi Rabea (on the outskirts of Tripoli)', precision: 'neighbourhood' } });
  });

  it('marks the neighbour of a border as a landmark', () => {
    const found = find('Shelling hit villages in Idlib province near the border with Turkey.', ['SY']);
    expect(found.map((m) => [m.place.name, !!m.reference])).toEqual([['Idlib province', false], ['Türkiye', true]]);
  });

  it('finds a village too small for its bare name through its landmark', () => {
    const [village, landmark] = find('Delegates met in Rimbo, north of Stockholm, for a week.', ['YE']);
    expect(village).toMatchObject({ text: 'Rimbo', kind: 'city', place: { name: 'Rimbo', country: 'SE', precision: 'city' } });
    expect(landmark).toMatchObject({ reference: true, place: { name: 'Stockholm' } });
  });

  it('does not take a country for the town a landmark locates', () => {
    expect(find('Troops deployed in Syria, near Aleppo.', ['SY']).some((m) => m.reference)).toBe(false);
  });
});
