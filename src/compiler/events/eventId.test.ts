import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile } from '../compile.ts';
import { eventId, numberCollisions } from './eventId.ts';

const gazetteer = fixtureGazetteer();

const article = (body: string[]) => ['Envoy tours the region', '', '3 March, 2020', '', ...body.flatMap((p) => [p, ''])].join('\n');
const base = [
  'The envoy met the mayor of Sfax in Sfax on Monday, having visited Tunis the day before.',
  'Two days later, she held talks with officials in Algiers.',
];
/** Each event's id by its title: the titles name what the event is. */
function ids(body: string[]): Record<string, string> {
  const { dataset } = compile([{ path: 'seeds/tour.txt', text: article(body) }], { gazetteer });
  return Object.fromEntries(dataset.events.map((e) => [e.title, e.id]));
}
const before = ids(base);

describe('event ids survive edits that do not change what the event is', () => {
  it('has the three events to compare', () => {
    expect(Object.keys(before).sort()).toEqual(['Meeting in Algiers', 'Meeting in Sfax', 'Visit to Tunis']);
  });

  it('a typo fixed in the sentence keeps the ids', () => {
    expect(ids(['The envoy met the mayr of Sfax in Sfax on Monday, having visited Tunis the day before.', base[1]!])).toEqual(before);
  });

  it('a new paragraph above keeps them', () => {
    expect(ids(['Officials said the tour had been planned for weeks.', ...base])).toEqual(before);
  });

  it('a reworded neighbouring sentence keeps them', () => {
    const after = ids([base[0]!, 'Two days later, the envoy held long talks with ministers in Algiers.']);
    expect(after['Meeting in Sfax']).toBe(before['Meeting in Sfax']);
    expect(after['Visit to Tunis']).toBe(before['Visit to Tunis']);
    expect(after['Meeting in Algiers']).toBe(before['Meeting in Algiers']);
  });

  it('a changed place, date or type changes the id', () => {
    const moved = ids([base[0]!, 'Two days later, she held talks with officials in Oran.']);
    expect(moved['Meeting in Oran']).toBeDefined();
    expect(Object.values(moved)).not.toContain(before['Meeting in Algiers']);
    const later = ids([base[0]!, 'Three days later, she held talks with officials in Algiers.']);
    expect(later['Meeting in Algiers']).not.toBe(before['Meeting in Algiers']);
    const id = { document: 'tour', type: 'diplomacy' as const, date: { start: '2020-03-04', precision: 'day' as const }, place: null };
    expect(eventId({ ...id, type: 'protests' })).not.toBe(eventId(id));
    expect(eventId({ ...id, document: 'other' })).not.toBe(eventId(id));
  });
});

describe('numberCollisions', () => {
  it('numbers like ids in the order given, the first keeping its bare id', () => {
    expect(numberCollisions([{ id: 'ea' }, { id: 'eb' }, { id: 'ea' }, { id: 'ea' }]).map((e) => e.id)).toEqual(['ea', 'eb', 'ea-2', 'ea-3']);
  });
});
