import { describe, expect, it } from 'vitest';
 
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const context = { countries: ['LY', 'FR', 'IT', 'US'] };
const texts = (s: string) => finder.find(s, context).map((m) => m.text);

describe('words and names that are not places', () => {
  it('ignores ordinary words GeoNames has towns for', () => {
    expect(texts('Read more: Video shows General Haftar speaking in May.')).toEqual([]);
    expect(texts('Said the President: Hope is our Mission, and the Council agreed.')).toEqual([]);
    expect(texts('Human Rights Watch said on Tuesday that Haftar must answer.')).toEqual([]);
  });

  it('ignores places inside organisation names', () => {
    expect(texts('Fighters of the Islamic State were seen near the Libyan National Army lines.')).toEqual([]);
    expect(texts('The Benghazi Revolutionaries Shura Council denied it.')).toEqual([]);
    expect(texts('The UN-backed Government of National Accord based in the capital Tripoli objected.')).toEqual(['Tripoli']);
  });

  it('ignores acronyms and person names', () => {
    expect(texts('The LNA and the GNA traded blame, said Khalifa Haftar and Mahmoud al-Werfalli.')).toEqual([]);
    expect(texts('Jean-Yves Le Drian spoke.')).toEqual([]);
  });

  it('needs a locative cue or a big primary-named place for a bare surname-like word', () => {
    expect(texts('Menfi told the council that Salah and Hamid agreed.')).toEqual([]);
    expect(texts('The minister flew in from Menfi.')).toEqual(['Menfi']);
  });

  it('reads title-case headlines without taking every capital for a longer name', () => {
    expect(texts('Clashes Erupt In Tripoli As Haftar Forces Advance')).toEqual(['Tripoli']);
    expect(finder.find('Dozens Killed In Benghazi Car Bomb', context)[0]?.modifier).toBeUndefined();
  });

  it('does not take two joined places for one longer name', () => {
    const found = finder.find('The Tripoli-Misrata coastal road reopened.', context);
    expect(found.map((m) => [m.text, !!m.modifier])).toEqual([['Tripoli', false], ['Misrata', false]]);
  });

  it('marks adjectival uses as modifiers but still returns them', () => {
    const [m] = finder.find('He backs the Tobruk-based administration.', context);
    expect(m).toMatchObject({ text: 'Tobruk', modifier: true });
    expect(finder.find('The Misrata militias withdrew.', context)[0]?.modifier).toBe(true);
    expect(finder.find('Shelling hit Misrata.', context)[0]?.modifier).toBeUndefined();
  });

  it('ranks a modifier after a plain mention of the same precision', () => {
    const found = finder.find('Tobruk-based forces entered Derna.', context);
    expect(found.map((m) => [m.text, !!m.modifier])).toEqual([['Derna', false], ['Tobruk', true]]);
  });

  it('does not start a name with an English word that looks like an Arabic article', () => {
    expect(finder.find('As Ukraine pressed east, talks stalled.', { countries: ['UA'] })[0]?.text).toBe('Ukraine');
  });

  it('does not read a word cut by its apostrophe as a two-word name', () => {
    expect(texts("The raid was blamed on Jama'at Nasr al-Islam, the group said.")).toEqual([]);
  });

  it('reads a name followed by River as the river, then and later in the document', () => {
    const text = 'Troops crossed the Oskil River. Later they held the line west of the Oskil.';
    const ctx = finder.scanDocument(text);
    expect(ctx.naturalFeatures).toContain('oskil');
    expect(finder.find('Troops crossed the Oskil River.', ctx)).toEqual([]);
    expect(finder.find('Later they held the line west of the Oskil.', ctx)).toEqual([]);
  });

  it('marks a street named after a town as a modifier, not the town', () => {
    const found = finder.find('In Misrata, mourners walked down Tripoli Street.', context);
    expect(found.map((m) => [m.text, !!m.modifier])).toEqual([['Misrata', false], ['Tripoli', true]]);
  });
});
