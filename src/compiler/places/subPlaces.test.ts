import { describe, expect, it } from 'vitest';

import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createPlaceFinder } from './createPlaceFinder.ts';

const finder = createPlaceFinder(fixtureGazetteer());
const first = (sentence: string, countries: string[] = ['LY']) => finder.find(sentence, { countries })[0];

describe('parts of a town the gazetteer lacks', () => {
  it('places "the <X> district of <town>" at the town, finer and approximate', () => {
    const m = first('Rockets landed in the Hay Nasr district of Misrata at dawn.');
    expect(m).toMatchObject({
      text: 'Hay Nasr district of Misrata', kind: 'district',
      place: { name: 'Hay Nasr district, Misrata', precision: 'neighbourhood', approximate: true, country: 'LY' },
    });
    expect(m?.place.geonameId).toBeUndefined();
  });

  it("reads \"<town>'s <X> quarter\" and \"<town>'s districts of <X>\"", () => {
    expect(first("Snipers held Sirte's Bilal quarter for a week.")).toMatchObject({
      text: "Sirte's Bilal quarter", place: { name: 'Bilal quarter, Sirte', precision: 'neighbourhood' },
    });
    expect(first("Mines were found in Derna's districts of Wadi Shuhayb.")).toMatchObject({
      place: { name: 'Wadi Shuhayb district, Derna', precision: 'neighbourhood' },
    });
  });

  it('places a camp near a town as a site of kind camp', () => {
    const m = first('Shelling hit the Abu Shouk camp near El Fasher again.', ['SD']);
    expect(m).toMatchObject({ kind: 'camp', place: { name: 'Abu Shouk camp, El Fasher', precision: 'site', approximate: true } });
  });

  it("reads a town's airport and port as sites at the town", () => {
    expect(first("Militias fought over Tripoli's airport for a month.")).toMatchObject({
      text: "Tripoli's airport", kind: 'site', place: { name: 'Tripoli airport', precision: 'site', approximate: true },
    });
    expect(first('A tanker docked in the port of Benghazi.')).toMatchObject({ place: { name: 'Benghazi port', precision: 'site' } });
    expect(first('The port city of Benghazi was calm.')).toMatchObject({ kind: 'city', place: { precision: 'city' } });
  });

  it('keeps a part the supplement knows', () => {
    const found = finder.find('Shells struck the Abu Salim district of Tripoli.', { countries: ['LY'] });
    expect(found[0]).toMatchObject({ text: 'Abu Salim', place: { name: 'Abu Salim', precision: 'neighbourhood' } });
    expect(found[1]).toMatchObject({ text: 'Tripoli', kind: 'capital' });
  });
});
