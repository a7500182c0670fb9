import { describe, expect, it } from 'vitest';
import { markerStyle } from './markerStyle.ts';
import { EVENT_TYPES, EVENT_TYPE_TABLE } from '../data/eventTypes.ts';

describe('markerStyle', () => {
  it('gives each of the seven types its own shape and class, not just a colour', () => {
    expect(EVENT_TYPES).toHaveLength(7);
    const shapes = new Set(EVENT_TYPES.map((t) => markerStyle(t, 'city').shape));
    expect(shapes.size).toBe(7);
    for (const type of EVENT_TYPES) {
      expect(markerStyle(type, 'city').className).toContain(`event-marker--${type}`);
      expect(EVENT_TYPE_TABLE[type].label).not.toBe('');
    }
  });

  it('draws sites, neighbourhoods and cities as points', () => {
    for (const precision of ['site', 'neighbourhood', 'city'] as const) {
      const style = markerStyle('battles', precision);
      expect(style.areaRadius).toBeNull();
      expect(style.className).toContain('event-marker--point');
    }
  });

  it('draws regions and countries as areas sized by precision, with an approximate centre', () => {
    const region = markerStyle('protests', 'region');
    const country = markerStyle('protests', 'country');
    expect(region.className).toContain('event-marker--area');
    expect(region.areaRadius).toBe(100_000);
    expect(country.areaRadius).toBe(400_000);
  });

  it('marks relative locations as approximate (a dashed ring)', () => {
    expect(markerStyle('diplomacy', 'city', true).className).toContain('event-marker--approximate');
    expect(markerStyle('diplomacy', 'city').className).not.toContain('approximate');
  });
});
