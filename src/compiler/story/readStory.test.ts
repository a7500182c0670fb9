import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../testing/makeEvent.ts';
import type { Event } from '../schema.ts';
import { isStoryFile, readStory } from './readStory.ts';

const event = (id: string, title: string, quote: string): Event => makeEvent(id, {
  title, type: 'battles', subType: 'armed-clash', date: null, place: null,
  sources: [{ document: 'x', quote, start: 0, end: quote.length, line: 1 }],
});
const events = [
  event('e1', 'Siege of Benghazi', 'The siege of Benghazi lasted two years.'),
  event('e2', 'Evacuation of Ganfouda', 'Civilians were evacuated from Ganfouda.'),
  event('e3', 'Meeting in Paris', 'Haftar met Le Drian in Paris.'),
];
const read = (text: string, heldBack?: Set<string>) => readStory('seeds/story.yaml', text, events, heldBack);

describe('readStory', () => {
  it('recognises the story file beside the documents', () => {
    expect(isStoryFile('seeds/story.yaml')).toBe(true);
    expect(isStoryFile('seeds/Story.yml')).toBe(true);
    expect(isStoryFile('seeds/history.yaml')).toBe(false);
    expect(isStoryFile('seeds/story.txt')).toBe(false);
  });

  it('reads the title and the steps in their order, with captions', () => {
    const result = read('title: Two years\nsteps:\n  - event: e2\n    caption: " First  "\n  - event: e1\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.story).toEqual({ title: 'Two years', steps: [{ eventId: 'e2', caption: 'First' }, { eventId: 'e1' }] });
  });

  it('leaves out, with a warning on its line, a step naming no event or repeating one', () => {
    const result = read('steps:\n  - event: e1\n  - event: nope\n  - event: e1\n  - event: e3\n');
    expect(result.story?.steps.map((s) => s.eventId)).toEqual(['e1', 'e3']);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', 3], ['warning', 4]]);
    expect(result.diagnostics[0]!.message).toContain('"nope"');
  });

  it('reports a malformed step with its line and keeps the others', () => {
    const result = read('steps:\n  - event: e1\n  - caption: no event\n  - event: e2\n    colour: red\n');
    expect(result.story?.steps.map((s) => s.eventId)).toEqual(['e1']);
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', 3], ['error', 4]]);
  });

  it('reports a file that is not a story, or is not YAML, and yields no story', () => {
    for (const text of ['- e1\n- e2\n', 'steps: []\n', 'steps:\n  - event: [e1\n', 'title: x\n']) {
      const result = read(text);
      expect(result.story).toBeUndefined();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'seeds/story.yaml' });
    }
  });

  it('yields no story when no step names an event', () => {
    const result = read('steps:\n  - event: x\n');
    expect(result.story).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
  });

  it('a step naming a gone event gets "did you mean" by its caption, or the one event no step names', () => {
    const byCaption = read('steps:\n  - event: e11dw1b8\n    caption: Civilians leave Ganfouda\n  - event: e1\n');
    expect(byCaption.diagnostics.map((d) => d.message)).toEqual([
      'story: steps[0]: no event has the id "e11dw1b8" (ids are in the app\'s links, #event=<id>); did you mean "e2" (Evacuation of Ganfouda)?: step left out',
    ]);
    const byElimination = read('steps:\n  - event: e1\n  - event: e3\n  - event: e0zzzz\n');
    expect(byElimination.diagnostics[0]!.message).toContain('did you mean "e2" (Evacuation of Ganfouda)?');
    expect(read('steps:\n  - event: e4\n').diagnostics[0]!.message).toContain('did you mean "e1"');
  });

  it('a step naming an event held back by publish: reviewed says so', () => {
    const result = read('steps:\n  - event: e1\n  - event: e9\n', new Set(['e9']));
    expect(result.story?.steps).toEqual([{ eventId: 'e1' }]);
    expect(result.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'story: steps[1]: "e9" is not reviewed yet, so not published (publish: reviewed): step left out'],
    ]);
  });
});
