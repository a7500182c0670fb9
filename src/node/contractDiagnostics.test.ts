import { describe, expect, it, vi } from 'vitest';
import { Event, type Dataset } from '../compiler/schema.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { contractDiagnostics, createContractMemo } from './contractDiagnostics.ts';
import { createEventJson } from './eventJson.ts';

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

describe('contractDiagnostics with what the last compile checked (the dev server)', () => {
  const checked = () => createContractMemo(createEventJson());

  it('gives the errors a whole check gives, in its order', () => {
    const broken = dataset('-20775-03-22');
    broken.documents.push({ id: 'c', file: 'seeds/c.txt', title: 'C', published: '22 March' });
    broken.actors.push({ id: 'x', name: 'X', kind: 'nobody' as 'other', aliases: [] });
    const whole = contractDiagnostics(broken);
    expect(whole).toHaveLength(3);
    expect(contractDiagnostics(broken, checked())).toEqual(whole);
  });

  it('does not check again an event unchanged since the last compile, and checks a changed one', () => {
    const memo = checked();
    const good = dataset('2019-03-22');
    expect(contractDiagnostics(good, memo)).toEqual([]);
    // The same parts in a new object, or the same content in new parts (a zone merged again): not checked again.
    const same = { ...good, events: good.events.map((e) => ({ ...e })) };
    const spy = vi.spyOn(Event, 'safeParse');
    expect(contractDiagnostics(same, memo)).toEqual([]);
    const copied = { ...good, events: good.events.map((e) => structuredClone(e)) };
    expect(contractDiagnostics(copied, memo)).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    const changed = { ...good, events: good.events.map((e) => ({ ...e, date: { start: '-20775-03-22', precision: 'day' as const } })) };
    expect(contractDiagnostics(changed, memo)).toHaveLength(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
