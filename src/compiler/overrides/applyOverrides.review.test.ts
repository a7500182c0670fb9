import { describe, expect, test } from 'vitest';
import { applyOverrides } from './applyOverrides.ts';
import { article, extracted, sidecarPath } from '../../testing/overrideFixture.ts';

const apply = (lines: string[], options = {}) => applyOverrides(extracted, { path: sidecarPath, text: lines.join('\n') }, article, options);
const problems = (lines: string[], options = {}) => apply(lines, options).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
const titled = extracted.map((e, i) => ({ ...e, title: ['Meeting in Paris (Khalifa Haftar)', 'Meeting in Rome (Khalifa Haftar)', 'Evacuation of Ganfouda', 'Other'][i]! }));

describe('review state in a sidecar', () => {
  test('accept marks events reviewed; corrections and additions are reviewed and edited; suppressed are rejected', () => {
    const { events, diagnostics, decisions } = apply([
      'accept:', '  - e1abc', '  - { id: e3both, reason: checked against the wire }',
      'correct:', '  - id: e3both', '    title: Evacuation of Ganfouda',
      'suppress: [e2def]',
      'add:', '  - quote: The army called it', '    title: Corridor', '    type: strategic-developments',
    ]);
    expect(diagnostics).toEqual([]);
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(byId.get('e1abc')).toMatchObject({ reviewed: true });
    expect(byId.get('e1abc')!.edited).toBeUndefined();
    expect(byId.get('e3both')).toMatchObject({ reviewed: true, edited: true, title: 'Evacuation of Ganfouda' });
    expect(byId.has('e2def')).toBe(false);
    expect(events.at(-1)).toMatchObject({ reviewed: true, edited: true, title: 'Corridor' });
    expect(decisions).toEqual({ accepted: ['e1abc'], rejected: ['e2def'], corrected: ['e3both'], added: [events.at(-1)!.id] });
  });

  test('an unreviewed event has no reviewed field', () => {
    expect(apply(['accept: [e1abc]']).events.find((e) => e.id === 'e2def')!.reviewed).toBeUndefined();
  });

  test('accepting an unknown, a suppressed or an already accepted id is reported', () => {
    expect(problems(['accept: [e1abc, e1abc]'])).toEqual(['1:17 warning accept[1].id "e1abc" is already accepted by accept[0]']);
    expect(problems(['suppress: [e2def]', 'accept: [e2def]'])).toEqual([
      '2:10 warning accept[0].id "e2def" is also suppressed by suppress[0]: it stays rejected; remove one of the two entries',
    ]);
    expect(problems(['accept: [e4other]'])[0]).toMatch(/comes from document "y", so edit it in that sidecar$/);
    expect(problems(['accept:', '  - idd: e1abc'])).toEqual([
      '2:5 error accept[0] is missing "id"',
      '2:5 error unknown key "idd" in accept[0] (did you mean "id"?)',
    ]);
  });
});

describe('a stale id gets "did you mean" the closest event of the document', () => {
  const stale = (lines: string[]) => applyOverrides(titled, { path: sidecarPath, text: lines.join('\n') }, article).diagnostics.map((d) => `${d.line} ${d.message}`);

  test('by what the entry says: the title of a correction, the reason of a suppression', () => {
    expect(stale(['correct:', '  - id: e11dw1b8', '    title: Meeting in Rome'])).toEqual([
      '2 correct[0].id "e11dw1b8": no event with this id comes from seeds/x.txt now; did you mean "e2def" (Meeting in Rome (Khalifa Haftar))?',
    ]);
    expect(stale(['suppress:', '  - { id: e0zzzz9, reason: the evacuation is counted twice }'])).toEqual([
      '2 suppress[0].id "e0zzzz9": no event with this id comes from seeds/x.txt now; did you mean "e3both" (Evacuation of Ganfouda)?',
    ]);
  });

  test('else the one event of the document no other entry names', () => {
    expect(stale(['accept: [e1abc, e3both, e0zzzz9]'])).toEqual([
      '1 accept[2].id "e0zzzz9": no event with this id comes from seeds/x.txt now; did you mean "e2def" (Meeting in Rome (Khalifa Haftar))?',
    ]);
  });
});

describe('actor ids get "did you mean" by name and alias', () => {
  const actors = [
    { id: 'libyan-national-army', name: 'Libyan National Army', aliases: ['LNA', "Haftar's forces"] },
    { id: 'khalifa-haftar', name: 'Khalifa Haftar', aliases: ['Haftar'] },
  ];
  test('an alias, a surname, a misspelt id', () => {
    expect(problems(['correct:', '  - id: e1abc', '    actors: [lna, haftar, libyan-natonal-army]'], { actors })).toEqual([
      '3:14 error correct[0].actors[0] "lna" is not a known actor id (did you mean "libyan-national-army" (Libyan National Army)?)',
      '3:19 error correct[0].actors[1] "haftar" is not a known actor id (did you mean "khalifa-haftar" (Khalifa Haftar)?)',
      '3:27 error correct[0].actors[2] "libyan-natonal-army" is not a known actor id (did you mean "libyan-national-army" (Libyan National Army)?)',
    ]);
  });

  test('an event type gets one too', () => {
    expect(problems(['correct:', '  - id: e1abc', '    type: batles'])).toEqual([
      '3:11 error correct[0].type "batles" is not one of battles, explosions-remote-violence, violence-against-civilians, protests, riots, strategic-developments, diplomacy (did you mean "battles"?)',
    ]);
  });
});
