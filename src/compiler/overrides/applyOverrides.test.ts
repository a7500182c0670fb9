import { describe, expect, test } from 'vitest';
import { Event } from '../schema.ts';
import { parseDocument } from '../document/parseDocument.ts';
import { applyOverrides } from './applyOverrides.ts';
import { article, extracted, sidecarPath } from '../../testing/overrideFixture.ts';

const apply = (yaml: string, options = {}) => applyOverrides(extracted, { path: sidecarPath, text: yaml }, article, options);
const byId = (events: Event[], id: string) => events.find((e) => e.id === id);

describe('applyOverrides', () => {
  test('an empty file, or one with only comments, changes nothing and says nothing', () => {
    for (const text of ['', '\n\n', '# nothing yet\n# still nothing\n', 'suppress:\ncorrect:\nadd:\n']) {
      const result = apply(text);
      expect(result.diagnostics).toEqual([]);
      expect(result.events).toEqual(extracted);
    }
  });

  test('suppress drops events by id, in the short and the long form', () => {
    const { events, diagnostics } = apply('suppress:\n  - e1abc\n  - { id: e2def, reason: "duplicate of e3both" }\n');
    expect(diagnostics).toEqual([]);
    expect(events.map((e) => e.id)).toEqual(['e3both', 'e4other']);
  });

  test('correct changes only the fields given and marks the event edited', () => {
    const { events, diagnostics } = apply(
      [
        'correct:',
        '  - id: e1abc',
        '    title: Haftar meets Le Drian in Paris',
        '    certainty: reported',
        '    actors: [khalifa-haftar, jean-yves-le-drian]',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const before = byId(extracted, 'e1abc')!;
    expect(byId(events, 'e1abc')).toEqual({
      ...before,
      title: 'Haftar meets Le Drian in Paris',
      certainty: 'reported',
      actors: ['khalifa-haftar', 'jean-yves-le-drian'],
      edited: true,
      reviewed: true,
    });
    expect(byId(events, 'e2def')).toBe(byId(extracted, 'e2def'));
    expect(before.edited).toBeUndefined(); // the input is not mutated
  });

  test('unquoted YAML dates stay strings; precision is inferred from the parts given', () => {
    const { events, diagnostics } = apply(
      [
        'correct:',
        '  - id: e1abc',
        '    date: { start: 2017-09-27, end: 2017-09-28 }',
        '  - id: e2def',
        '    date: 2017-09',
        '  - id: e3both',
        '    date: { start: 2017, precision: year, approximate: true }',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(byId(events, 'e1abc')!.date).toEqual({ start: '2017-09-27', end: '2017-09-28', precision: 'day' });
    expect(byId(events, 'e2def')!.date).toEqual({ start: '2017-09', precision: 'month' });
    expect(byId(events, 'e3both')!.date).toEqual({ start: '2017', precision: 'year', approximate: true });
  });

  test('place: null removes the place; a new place replaces it whole', () => {
    const { events } = apply(
      [
        'correct:',
        '  - id: e1abc',
        '    place: null',
        '  - id: e2def',
        '    place: { name: Rome, lat: 41.8933, lon: 12.4829, precision: city, country: IT }',
      ].join('\n'),
    );
    expect(byId(events, 'e1abc')!.place).toBeNull();
    expect(byId(events, 'e2def')!.place).toEqual({ name: 'Rome', lat: 41.8933, lon: 12.4829, precision: 'city', country: 'IT' });
  });

  test('an event with sources in several documents can be edited from any of their sidecars', () => {
    const { events, diagnostics } = apply('suppress: [e3both]\n');
    expect(diagnostics).toEqual([]);
    expect(byId(events, 'e3both')).toBeUndefined();
  });

  test('add creates an event cited by the whole sentence containing the quote', () => {
    const { events, diagnostics } = apply(
      [
        'add:',
        '  - quote: "Hundreds of civilians were evacuated from the Ganfouda neighbourhood of Benghazi in March"',
        '    title: Evacuation of Ganfouda',
        '    type: strategic-developments',
        '    subType: other',
        '    date: { start: 2017-03, precision: month }',
        '    place: { name: Ganfouda, lat: 32.05, lon: 20.05, precision: neighbourhood }',
        '    certainty: stated',
        '    actors: []',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const added = events[events.length - 1]!;
    const sentence = 'Hundreds of civilians were evacuated from the Ganfouda neighbourhood of Benghazi in March, a local official said.';
    const start = article.text.indexOf('Hundreds');
    expect(added).toEqual({
      id: expect.stringMatching(/^a[0-9a-z]+$/),
      title: 'Evacuation of Ganfouda',
      type: 'strategic-developments',
      subType: 'other',
      date: { start: '2017-03', precision: 'month' },
      place: { name: 'Ganfouda', lat: 32.05, lon: 20.05, precision: 'neighbourhood' },
      actors: [],
      certainty: 'stated',
      // The sentence runs over a hard line break: the quote is the text as written, line break included.
      sources: [{ document: 'x', quote: article.text.slice(start, start + sentence.length), start, end: start + sentence.length, line: 7 }],
      edited: true,
      reviewed: true,
    });
    expect(article.text.slice(start, start + sentence.length).replace(/\s+/g, ' ')).toBe(sentence);
    expect(Event.safeParse(added).success).toBe(true);
  });

  test('an added event has sensible defaults and a stable id from document and quote', () => {
    const yaml = 'add:\n  - quote: Le Drian in Paris\n    title: Meeting\n    type: diplomacy\n';
    const first = apply(yaml).events.at(-1)!;
    const again = apply(`# a comment moves nothing\n${yaml}`).events.at(-1)!;
    expect(first).toMatchObject({ subType: 'other', date: null, place: null, certainty: 'stated', actors: [], edited: true });
    expect(first.sources[0]).toMatchObject({ quote: 'Haftar held private meetings with Le Drian in Paris on Thursday.', line: 5 });
    expect(again.id).toBe(first.id);
    const elsewhere = applyOverrides([], { path: 'seeds/z.events.yaml', text: yaml }, { ...article, id: 'z', file: 'seeds/z.txt' });
    expect(elsewhere.events[0]!.id).not.toBe(first.id);
  });

  test('given a parsed document, an added event cites the sentence the extractor would', () => {
    const raw = 'Haftar holds talks in Paris\n\n28 September, 2017\n\nHaftar met Le Drian in Paris on Thursday. He left for Rome.\n';
    const parsed = parseDocument('seeds/talks.txt', raw);
    const { events, diagnostics } = applyOverrides(
      [],
      { path: 'seeds/talks.events.yaml', text: 'add:\n  - { quote: Le Drian in Paris, title: Meeting, type: diplomacy }\n' },
      parsed,
    );
    expect(diagnostics).toEqual([]);
    const start = raw.indexOf('Haftar met');
    expect(events[0]!.sources).toEqual([{ document: 'talks', quote: 'Haftar met Le Drian in Paris on Thursday.', start, end: raw.indexOf(' He left'), line: 5 }]);
  });

  test('two events added from one quote get distinct ids', () => {
    const entry = (title: string) => `  - { quote: Le Drian in Paris, title: ${title}, type: diplomacy }`;
    const { events } = apply(['add:', entry('One'), entry('Two')].join('\n'));
    const [one, two] = events.slice(-2);
    expect(two!.id).toBe(`${one!.id}-2`);
  });

  test('a quote matches across line breaks and straight versus curly quotes', () => {
    const { events, diagnostics } = apply(
      "add:\n  - quote: 'The army called it a \"humanitarian corridor\"'\n    title: Corridor\n    type: strategic-developments\n",
    );
    expect(diagnostics).toEqual([]);
    expect(events.at(-1)!.sources[0]).toMatchObject({ quote: 'The army called it a “humanitarian corridor”.', line: 8 });
  });

  test('a bad entry is skipped while the good ones still apply', () => {
    const { events, diagnostics } = apply('suppress:\n  - e1abc\n  - e999\ncorrect:\n  - id: e2def\n    title: Fine\n  - id: e3both\n    type: nonsense\n');
    expect(diagnostics).toHaveLength(2);
    expect(events.map((e) => e.id)).toEqual(['e2def', 'e3both', 'e4other']);
    expect(byId(events, 'e2def')!.title).toBe('Fine');
    expect(byId(events, 'e3both')!.type).toBe('diplomacy');
  });

  test('every event it returns satisfies the dataset contract', () => {
    const { events } = apply('correct:\n  - { id: e1abc, date: 2017, place: null }\nadd:\n  - { quote: Rome the day previous, title: Rome, type: diplomacy }\n');
    for (const e of events) expect(Event.safeParse(e).success).toBe(true);
  });
});
