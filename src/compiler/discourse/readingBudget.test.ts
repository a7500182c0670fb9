import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile } from '../compile.ts';
import { READING_BUDGET } from './readingBudget.ts';

describe('the reading budget of one document (issue 15.1)', () => {
  it('stops reading past the budget and reports the document at the line where it stopped', () => {
    const text = `Clashes\n\n${'x'.repeat(READING_BUDGET)}\n\nForces clashed with rebels in Misrata on 3 March 2019.\n`;
    const { dataset, diagnostics } = compile([{ path: 'seeds/long.txt', text }], { gazetteer: fixtureGazetteer() });
    expect(dataset.events).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', file: 'seeds/long.txt', line: 5, message: expect.stringContaining('document too long') }));
  });
});
