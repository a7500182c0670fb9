import { expect, test } from 'vitest';
import { pairSidecars } from './pairSidecars.ts';
import { isSidecar, sidecarPathFor } from './sidecarPath.ts';

const documents = [
  { id: 'x', file: 'seeds/x.txt' },
  { id: 'report-2017', file: 'seeds/libya/report-2017.md' },
];

test('a sidecar pairs with the document of the same name, .txt or .md', () => {
  const files = [
    { path: 'seeds/x.txt', text: '' },
    { path: 'seeds/x.events.yaml', text: 'suppress: []' },
    { path: 'seeds/libya/report-2017.events.yml', text: '' },
  ];
  const { pairs, diagnostics } = pairSidecars(files, documents);
  expect(diagnostics).toEqual([]);
  // In path order, whatever order the files came in.
  expect(pairs.map((p) => [p.sidecar.path, p.document.id])).toEqual([
    ['seeds/libya/report-2017.events.yml', 'report-2017'],
    ['seeds/x.events.yaml', 'x'],
  ]);
});

test('a sidecar without its document is an error that names the likely one', () => {
  const { pairs, diagnostics } = pairSidecars([{ path: 'seeds/libya/report-2071.events.yaml', text: '' }], documents);
  expect(pairs).toEqual([]);
  expect(diagnostics).toEqual([{
    severity: 'error',
    file: 'seeds/libya/report-2071.events.yaml',
    line: 1,
    column: 1,
    message: 'no document named seeds/libya/report-2071 (.txt, .md, .csv, .json or .geojson) beside this sidecar: its overrides apply to nothing (did you mean seeds/libya/report-2017.events.yaml, beside seeds/libya/report-2017.md?)',
  }]);
});

test('sidecar names', () => {
  expect(isSidecar('seeds/x.events.yaml')).toBe(true);
  expect(isSidecar('seeds/x.events.yml')).toBe(true);
  expect(isSidecar('seeds/actors.yaml')).toBe(false);
  expect(isSidecar('seeds/x.txt')).toBe(false);
  expect(sidecarPathFor('seeds/x.txt')).toBe('seeds/x.events.yaml');
  expect(sidecarPathFor('seeds/a.b/report.md')).toBe('seeds/a.b/report.events.yaml');
});
