import { describe, expect, it } from 'vitest';

import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { adminAreaNames } from './adminAreaNames.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const first = (sentence: string, countries: string[]) => finder.find(sentence, { countries })[0];

describe('first-level administrative areas', () => {
  it('reads "<name> province" as a region at the seat', () => {
    const m = first('Government jets bombed villages across Idlib province overnight.', ['SY']);
    expect(m).toMatchObject({ text: 'Idlib province', kind: 'region', place: { precision: 'region', country: 'SY' } });
    expect(m?.place.lat).toBeCloseTo(35.93, 1);
    expect(m?.place.geonameId).toBeUndefined();
  });

  it('reads a capitalised generic word that closes the name', () => {
    const darfur = first('Aid convoys could not reach North Darfur State last week.', ['SD']);
    expect(darfur).toMatchObject({ text: 'North Darfur State', place: { name: 'North Darfur State', precision: 'region', country: 'SD' } });
    expect(darfur?.place.lat).toBeCloseTo(13.63, 1); // the seat, El Fasher
    const oblast = first('Artillery duels continued in Kharkiv Oblast on Sunday.', ['UA']);
    expect(oblast).toMatchObject({ text: 'Kharkiv Oblast', kind: 'region', place: { precision: 'region', country: 'UA' } });
  });

  it('reads "the province of <name>" and a country before it', () => {
    const m = first("Fighters regrouped in Yemen's northern province of al-Jawf after the raid.", ['YE']);
    expect(m).toMatchObject({ kind: 'region', place: { name: 'al-Jawf province', precision: 'region', country: 'YE' } });
    expect(m?.place.lat).toBeCloseTo(16.16, 1); // the seat, al-Hazm
  });

  it('knows areas by their English name where the data has a local one', () => {
    const m = first('Militants overran villages in the governorate of Nineveh.', ['IQ']);
    expect(m).toMatchObject({ kind: 'region', place: { name: 'Nineveh governorate', precision: 'region', country: 'IQ' } });
    expect(m?.place.lat).toBeCloseTo(36.34, 1); // the seat, Mosul
  });

  it('covers the first name of "<A> and <B> provinces"', () => {
    const found = finder.find('Curfews were imposed in Anbar and Diyala provinces.', { countries: ['IQ'] });
    expect(found.map((m) => m.place.precision)).toEqual(['region', 'region']);
  });

  it('keeps a bare name that is also a town as the town', () => {
    expect(first('Clashes broke out in Idlib on Friday.', ['SY'])).toMatchObject({ kind: 'city', place: { precision: 'city' } });
  });

  it('reads a bare area name when no town of the story bears it', () => {
    expect(first('Militants attacked a checkpoint in North Darfur.', ['SD'])).toMatchObject({ kind: 'region', place: { precision: 'region' } });
  });

  it('does not read a sea or a river as the area named after it', () => {
    expect(finder.find('Ships waited in the Red Sea for days.', { countries: ['SD'] })).toEqual([]);
  });
});

describe('adminAreaNames', () => {
  it('indexes a name with and without the generic word the data appends', () => {
    expect(adminAreaNames('Kharkivska Oblast')).toEqual(['Kharkivska Oblast', 'Kharkivska']);
    expect(adminAreaNames('Kyiv, Misto')).toEqual(['Kyiv, Misto', 'Kyiv']);
    expect(adminAreaNames('North Darfur')).toEqual(['North Darfur']);
  });
});
