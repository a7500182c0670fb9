import { describe, expect, it } from 'vitest';
import { regionCities, visibleCities } from './regionCities.ts';

describe('regionCities', () => {
  it('has Libya’s main cities and the neighbouring capitals', () => {
    const names = regionCities.map((c) => c.name);
    for (const name of ['Tripoli', 'Benghazi', 'Misratah', 'Sabha', 'Tunis', 'Cairo', 'Valletta']) expect(names).toContain(name);
  });

  it('labels capitals and big cities from the regional zoom, the rest only closer in', () => {
    const at4 = visibleCities(regionCities, 4).map((c) => c.name);
    expect(at4).toContain('Tripoli');
    expect(at4).toContain('Cairo');
    expect(at4).not.toContain('Zliten');
    expect(visibleCities(regionCities, 7).map((c) => c.name)).toContain('Zliten');
    expect(visibleCities(regionCities, 3)).toEqual([]);
  });
});
