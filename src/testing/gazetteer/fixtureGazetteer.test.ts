import { describe, expect, it } from 'vitest';
import { gazetteerCandidates } from '../../compiler/places/GazetteerIndex.ts';
import { loadGazetteer } from '../../node/gazetteer/loadGazetteer.ts';
import { differences, fixtureGazetteer, lookups } from './fixtureGazetteer.ts';

describe('the fixture gazetteer', () => {
  it('answers every look-up of the unit tests as the real gazetteer does', () => {
    expect(differences(fixtureGazetteer(), loadGazetteer())).toEqual([]);
  });

  it('is small, and lacks what no unit test reads', () => {
    const index = fixtureGazetteer();
    expect(index.geonameIds.length).toBeLessThan(1000);
    expect(lookups.keys).not.toContain('mogadishu');
    expect(gazetteerCandidates(index, 'mogadishu')).toEqual([]);
    expect(gazetteerCandidates(loadGazetteer(), 'mogadishu')).not.toEqual([]);
  });
});
