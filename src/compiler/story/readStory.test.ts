import { describe, expect, it } from 'vitest';
import { isStoryFile, readStory } from './readStory.ts';

const ids = new Set(['e1', 'e2', 'e3']);
const read = (text: string) => readStory('seeds/story.yaml', text, ids);

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
});
