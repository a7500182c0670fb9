import { describe, expect, it } from 'vitest';
import type { DatedEvent } from '../store/selectors.ts';
import { asFake, fakeDocument } from '../testing/fakeDocument.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { textLabel } from './textLabel.ts';
import { groupIdOf, toTimelineGroups, UNKNOWN_PLACE } from './timelineGroups.ts';

function event(id: string, type: DatedEvent['type'], place: string | null): DatedEvent {
  return makeEvent(id, {
    title: id, type, subType: 'x', sources: [], date: { start: '2017-09-28', precision: 'day' },
    place: place === null ? null : { name: place, lat: 0, lon: 0, precision: 'city' },
  });
}

const events = [
  event('a', 'diplomacy', 'Rome'),
  event('b', 'battles', 'Benghazi'),
  event('c', 'diplomacy', 'Benghazi'),
  event('d', 'protests', null),
  event('e', 'diplomacy', 'Geneva'),
];
const text = (s: string) => s;
const labels = (groups: { content: unknown }[]) => groups.map((g) => g.content);

describe('toTimelineGroups', () => {
  it('lists only present types, in the schema order', () => {
    expect(labels(toTimelineGroups(events, 'type', text))).toEqual(['Battles', 'Protests', 'Diplomacy']);
  });

  it('lists places busiest first, then by name, with an unknown-place row last', () => {
    const groups = toTimelineGroups(events, 'place', text);
    expect(labels(groups)).toEqual(['Benghazi', 'Geneva', 'Rome', UNKNOWN_PLACE]);
    expect(groups.map((g) => g.order)).toEqual([0, 1, 2, 3]);
  });

  it('gives each event the id of an existing row', () => {
    for (const groupBy of ['type', 'place'] as const) {
      const ids = new Set(toTimelineGroups(events, groupBy, text).map((g) => g.id));
      expect(events.every((e) => ids.has(groupIdOf(e, groupBy)))).toBe(true);
    }
  });

  it('gives a place named "?" its own row, apart from the events with no place (issue 16.10)', () => {
    const odd = [event('q', 'riots', '?'), event('qq', 'riots', '??'), event('n', 'riots', null)];
    const groups = toTimelineGroups(odd, 'place', text);
    expect(labels(groups)).toEqual(['?', '??', UNKNOWN_PLACE]);
    expect(new Set(groups.map((g) => g.id)).size).toBe(3);
    expect(odd.map((e) => groups.find((g) => g.id === groupIdOf(e, 'place'))?.content)).toEqual(['?', '??', UNKNOWN_PLACE]);
  });

  it('labels rows with elements whose text is the (hostile) place name', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [row] = toTimelineGroups([event('x', 'riots', hostile)], 'place', (s) => textLabel(s, 'l', fakeDocument));
    expect(asFake(row?.content).textContent).toBe(hostile);
  });
});
