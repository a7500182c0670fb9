import { describe, expect, it } from 'vitest';
import type { PlacedEvent } from '../store/selectors.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { eventsBox, subjectFrame } from './subjectFrame.ts';
import type { GeoBox } from './geoBox.ts';

const event = (lat: number, lon: number, country?: string): PlacedEvent =>
  makeEvent(`${lat},${lon}`, { place: { name: 'P', lat, lon, precision: 'city', country } });
const benghazi = event(32.1, 20.1, 'LY');
const ganfouda = event(32.0, 20.0, 'LY');
const paris = event(48.9, 2.3, 'FR');
const rome = event(41.9, 12.5, 'IT');
const geneva = event(46.2, 6.1, 'CH');
const libya: GeoBox = [[19.5, 9.3], [33.2, 25.2]];
const extentOf = (code: string) => (code === 'LY' ? libya : null);

describe('eventsBox', () => {
  it('boxes the events, with a degree of context around a lone one', () => {
    expect(eventsBox([paris, rome])).toEqual([[41.9, 2.3], [48.9, 12.5]]);
    expect(eventsBox([benghazi])).toEqual([[31.1, 19.1], [33.1, 21.1]]);
    expect(eventsBox([])).toBeNull();
  });
});

describe('subjectFrame', () => {
  it('frames the main country and its events, leaving the events abroad out', () => {
    expect(subjectFrame([benghazi, ganfouda, paris, rome, geneva], extentOf)).toEqual(libya);
  });

  it('frames all events when no country is their subject', () => {
    expect(subjectFrame([paris, rome], extentOf)).toEqual([[41.9, 2.3], [48.9, 12.5]]);
  });

  it('frames the main country’s events when the basemap does not know the country', () => {
    const [a, b] = [event(43.7, 7.4, 'MC'), event(43.8, 7.5, 'MC')];
    expect(subjectFrame([a, b, paris], extentOf)).toEqual(eventsBox([a, b]));
  });

  it('frames nothing without events', () => {
    expect(subjectFrame([], extentOf)).toBeNull();
  });
});
