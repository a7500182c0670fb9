import { describe, expect, test } from 'vitest';
import { readActorList } from '../actors/readActorList.ts';
import { parseFrontMatter } from '../document/parseFrontMatter.ts';
import { readStory } from '../story/readStory.ts';
import { readYaml } from './readYaml.ts';

const text = [
  'correct:', // 1
  '  - id: e1', // 2
  '    date:', // 3
  '      start: 2017-09-28', // 4
  '    place:', // 5
  '  - { id: e2, title: T }', // 6
].join('\n');

test('reads dates as strings, not Date objects', () => {
  expect(readYaml('s.yaml', text).value).toEqual({
    correct: [{ id: 'e1', date: { start: '2017-09-28' }, place: null }, { id: 'e2', title: 'T' }],
  });
});

test('locates values, keys, flow entries and list items at 1-based line and column', () => {
  const { locate } = readYaml('s.yaml', text);
  expect(locate(['correct', 0, 'date', 'start'])).toEqual({ line: 4, column: 14 });
  expect(locate(['correct', 0, 'date', 'start'], 'key')).toEqual({ line: 4, column: 7 });
  expect(locate(['correct', 1])).toEqual({ line: 6, column: 5 });
  expect(locate(['correct', 1, 'title'])).toEqual({ line: 6, column: 22 });
});

test('a missing node falls back to its nearest ancestor; an empty value to its key', () => {
  const { locate } = readYaml('s.yaml', text);
  expect(locate(['correct', 1, 'type'])).toEqual({ line: 6, column: 5 });
  expect(locate(['correct', 0, 'place'])).toEqual({ line: 5, column: 5 });
  expect(locate(['correct', 0, 'place', 'lat'])).toEqual({ line: 5, column: 5 });
  expect(locate(['add', 0])).toEqual({ line: 1, column: 1 });
});

test('empty and comment-only files have no value and no diagnostics', () => {
  for (const t of ['', '# a note\n']) expect(readYaml('s.yaml', t)).toMatchObject({ value: undefined, diagnostics: [] });
});

test('a syntax error is a diagnostic at the parser position', () => {
  const result = readYaml('s.yaml', 'suppress:\n  - e1\n - e2\n');
  expect(result.value).toBeUndefined();
  expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 's.yaml', line: 3 });
});

describe('every YAML file the compiler reads has the same limits', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

  test('an alias bomb is a diagnostic, never an exception, in a sidecar, actors.yaml, story.yaml and front matter', () => {
    expect(readYaml('s.yaml', bomb).diagnostics[0]!.message).toMatch(/alias/i);
    expect(readActorList('seeds/actors.yaml', bomb).diagnostics[0]!.message).toMatch(/^actors: .*alias/i);
    expect(readStory('seeds/story.yaml', bomb, []).diagnostics[0]!.message).toMatch(/^story: .*alias/i);
    expect(parseFrontMatter(`---\n${bomb}\n---\nBody.`).problems[0]!.message).toMatch(/^front matter: .*alias/i);
  });
});
