import { describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { contractDiagnostics } from './contractDiagnostics.ts';

const source = { document: 'b', quote: 'x', start: 0, end: 1, line: 1 };
const dataset = (start: string): Dataset => ({
  version: 1,
  documents: [{ id: 'a', file: 'seeds/a.txt', title: 'A', published: null }, { id: 'b', file: 'seeds/b.txt', title: 'B', published: null }],
  events: [makeEvent('e', { title: 'E', type: 'battles', subType: 'armed-clash', date: { start, precision: 'day' }, place: null, sources: [source] })],
  actors: [],
  diagnostics: [],
});

describe('contractDiagnostics (issue 16.3)', () => {
  it('passes a dataset that keeps the contract', () => {
    expect(contractDiagnostics(dataset('2019-03-22'))).toEqual([]);
  });

  it('reports a broken dataset as a compiler bug on the document of the event at fault', () => {
    expect(contractDiagnostics(dataset('-20775-03-22'))).toEqual([
      { severity: 'error', file: 'seeds/b.txt', line: 1, message: expect.stringMatching(/^compiler bug, the dataset breaks its contract at events\.0\.date\.start/) },
    ]);
  });
});
