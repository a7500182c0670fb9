import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editSidecar, SidecarEditError } from './editSidecar.ts';
import type { SidecarAction } from './SidecarAction.ts';

const doc = 'seeds/x.txt';
const edit = (text: string | null, action: SidecarAction) => editSidecar(text, action, doc);
const read = (text: string | null) => parse(text ?? '', { schema: 'core' }) as Record<string, unknown>;

const handWritten = `# seeds/x.events.yaml — kept by hand

suppress:                 # extracted events to drop
  - e1k3x9
  - id: e7pq2a
    reason: duplicate     # read from the caption

correct:
  # the date came from "the day previous"
  - id: e2abcd
    title: Haftar meets Le Drian in Paris
    date: { start: 2017-09-28, precision: day }
`;

describe('editSidecar', () => {
  it('creates the file with a header when there is none', () => {
    const text = edit(null, { type: 'accept', id: 'e1' });
    expect(text).toBe(
      '# Editorial review of x.txt: what the review screen of `npm start` wrote (docs/OVERRIDES.md).\n'
      + '# Comments and order added by hand are kept.\n\naccept:\n  - e1\n',
    );
  });

  it('keeps comments, blank lines and order, and appends a missing section at the end', () => {
    const text = edit(handWritten, { type: 'accept', id: 'e9' });
    expect(text).toBe(`${handWritten}\naccept:\n  - e9\n`.replace('\n\naccept', '\naccept'));
    expect(text?.startsWith(handWritten)).toBe(true);
  });

  it('accepting twice adds the id once, and the second time leaves the text as it was', () => {
    const once = edit(handWritten, { type: 'accept', id: 'e9' });
    expect(edit(once, { type: 'accept', id: 'e9' })).toBe(once);
    expect(read(once).accept).toEqual(['e9']);
  });

  it('accept takes the id out of suppress, bare or with a reason', () => {
    const text = edit(edit(handWritten, { type: 'accept', id: 'e1k3x9' }), { type: 'accept', id: 'e7pq2a' });
    expect(read(text).suppress).toBeNull();
    expect(read(text).accept).toEqual(['e1k3x9', 'e7pq2a']);
    // The emptied list is the template's empty section again, its comment where it was.
    expect(text).toContain('\nsuppress:                 # extracted events to drop\n\ncorrect:');
  });

  it('reject adds to suppress (with a reason as { id, reason }) and takes the id out of accept', () => {
    const accepted = edit(handWritten, { type: 'accept', id: 'e5' });
    const text = edit(accepted, { type: 'reject', id: 'e5', reason: 'talks broke down: no evacuation' });
    expect(read(text).accept).toBeNull();
    expect(read(text).suppress).toEqual(['e1k3x9', { id: 'e7pq2a', reason: 'duplicate' }, { id: 'e5', reason: 'talks broke down: no evacuation' }]);
    expect(edit(text, { type: 'reject', id: 'e5' })).toBe(text);
    const bare = edit(null, { type: 'reject', id: 'e6' });
    expect(read(bare).suppress).toEqual(['e6']);
    expect(read(edit(bare, { type: 'reject', id: 'e6', reason: 'why' })).suppress).toEqual([{ id: 'e6', reason: 'why' }]);
  });

  it('a second reject with another reason replaces the reason and keeps the comment beside it', () => {
    const text = edit(handWritten, { type: 'reject', id: 'e7pq2a', reason: 'a caption' });
    expect(text).toContain('reason: a caption # read from the caption');
  });

  it('reset takes the id out of accept, suppress and correct', () => {
    const text = edit(edit(handWritten, { type: 'accept', id: 'e2abcd' }), { type: 'reset', id: 'e2abcd' });
    expect(read(text)).toMatchObject({ accept: null, correct: null });
    expect(read(edit(handWritten, { type: 'reset', id: 'e7pq2a' })).suppress).toEqual(['e1k3x9']);
    expect(edit(handWritten, { type: 'reset', id: 'nothing' })).toBe(handWritten);
  });

  it('correct merges fields into the entry, writes dates plain and objects on one line, keeps null', () => {
    const text = edit(handWritten, {
      type: 'correct',
      id: 'e2abcd',
      fields: { type: 'diplomacy', date: '2017-03', place: null, actors: ['khalifa-haftar'] },
    });
    expect(text).toContain('  # the date came from "the day previous"\n  - id: e2abcd\n    title: Haftar meets Le Drian in Paris\n    date: 2017-03\n    type: diplomacy\n    place: null\n    actors: [ khalifa-haftar ]\n');
    expect(read(text).correct).toEqual([{
      id: 'e2abcd', title: 'Haftar meets Le Drian in Paris', date: '2017-03', type: 'diplomacy', place: null, actors: ['khalifa-haftar'],
    }]);
  });

  it('correct creates the entry, takes the id out of suppress and leaves accept as it is', () => {
    const accepted = edit(handWritten, { type: 'accept', id: 'e9' });
    const text = edit(accepted, {
      type: 'correct',
      id: 'e1k3x9',
      fields: { place: { name: 'Paris', lat: 48.8566, lon: 2.3522, precision: 'city' }, date: { start: '2017-09-28', precision: 'day' } },
    });
    expect(read(text).suppress).toEqual([{ id: 'e7pq2a', reason: 'duplicate' }]);
    expect(read(text).accept).toEqual(['e9']);
    expect(text).toContain('  - id: e1k3x9\n    place: { name: Paris, lat: 48.8566, lon: 2.3522, precision: city }\n    date: { start: 2017-09-28, precision: day }\n');
  });

  it('a correction that is already there changes nothing; a year stays a string', () => {
    const once = edit(null, { type: 'correct', id: 'e1', fields: { date: '2017', title: '1999' } });
    expect(once).toContain('date: "2017"');
    expect(read(once).correct).toEqual([{ id: 'e1', date: '2017', title: '1999' }]);
    expect(edit(once, { type: 'correct', id: 'e1', fields: { date: '2017' } })).toBe(once);
  });

  it('add appends the entry once, even when sent twice', () => {
    const entry = { quote: 'Hundreds of civilians were evacuated', title: 'Evacuation of Ganfouda', type: 'strategic-developments', date: '2017-03', actors: [] };
    const once = edit(handWritten, { type: 'add', entry });
    expect(read(once).add).toEqual([entry]);
    expect(once).toContain('add:\n  - quote: Hundreds of civilians were evacuated\n    title: Evacuation of Ganfouda\n    type: strategic-developments\n    date: 2017-03\n    actors: []\n');
    expect(edit(once, { type: 'add', entry })).toBe(once);
  });

  it('fills a template section that has nothing under it, keeping its comment', () => {
    const template = '# template\nsuppress:   # events to drop\ncorrect:\nadd:\n';
    const text = edit(template, { type: 'reject', id: 'e1' });
    expect(text).toBe('# template\nsuppress:   # events to drop\n  - e1\ncorrect:\nadd:\n');
  });

  it('restore gives back the exact text, or null to delete the file', () => {
    const after = edit(handWritten, { type: 'accept', id: 'e9' });
    expect(edit(after, { type: 'restore', text: handWritten })).toBe(handWritten);
    expect(edit(after, { type: 'restore', text: null })).toBeNull();
  });

  it('every action followed by a restore of its before-text round-trips', () => {
    const actions: SidecarAction[] = [
      { type: 'accept', id: 'e1k3x9' },
      { type: 'reject', id: 'e2abcd', reason: 'r' },
      { type: 'reset', id: 'e7pq2a' },
      { type: 'correct', id: 'e2abcd', fields: { certainty: 'alleged' } },
      { type: 'add', entry: { quote: 'q', title: 't', type: 'battles' } },
    ];
    for (const action of actions) {
      const after = edit(handWritten, action);
      expect(after).not.toBe(handWritten);
      expect(edit(after, { type: 'restore', text: handWritten })).toBe(handWritten);
    }
  });

  it('refuses a file it cannot edit safely', () => {
    expect(() => edit('suppress: [a\n', { type: 'accept', id: 'e1' })).toThrow(SidecarEditError);
    expect(() => edit('- a\n- b\n', { type: 'accept', id: 'e1' })).toThrow(/not a map/);
    expect(() => edit('accept: e1\n', { type: 'accept', id: 'e2' })).toThrow(/"accept" in the sidecar is not a list/);
  });
});

describe('editSidecar on a hand-kept file', () => {
  it('rewrites only the section it changes: the others keep their text byte for byte', () => {
    const text = edit(handWritten, { type: 'reject', id: 'e5' });
    expect(text).toBe(handWritten.replace('    reason: duplicate     # read from the caption\n', '    reason: duplicate # read from the caption\n  - e5\n'));
  });
});
