import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile } from '../compile.ts';
import { Dataset } from '../schema.ts';
import { createDateReader } from './createDateReader.ts';
import { OUT_OF_RANGE } from './plausibleYear.ts';

describe('dates bounded to years the dataset can hold (issue 16.3)', () => {
  it('leaves a date with a year outside 1000–9999 unresolved, saying why', () => {
    for (const [sentence, year] of [['Rebels attacked Tripoli 8325327 days ago.', -20775], ['Rebels attacked Tripoli 5000 years ago.', -2981]] as const) {
      const [mention] = createDateReader('2019-03-20').read(sentence);
      expect(mention?.date).toBeNull();
      expect(mention?.unresolved).toBe(`${OUT_OF_RANGE} (${year}; expected 1000–9999)`);
    }
  });

  it('compiles such sentences to a valid dataset, with a warning on their line', () => {
    const gazetteer = fixtureGazetteer();
    const text = (sentence: string) => `---\ntitle: Clashes\npublished: 2019-03-20\n---\n\n${sentence}\n`;
    const ancient = compile([{ path: 'seeds/a.md', text: text('Forces clashed with rebels in Tripoli 8325327 days ago.') }], { gazetteer });
    expect(Dataset.safeParse(ancient.dataset).success).toBe(true);
    expect(ancient.dataset.events.map((e) => e.date)).toEqual([null]);
    expect(ancient.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'seeds/a.md', line: 6, message: expect.stringContaining('"8325327 days ago": year out of range (-20775') }),
    ]);
    const early = compile([{ path: 'seeds/a.md', text: text('Forces clashed with rebels in Misrata on 3 March 1850.') }], { gazetteer });
    expect(early.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'seeds/a.md', line: 6, message: expect.stringContaining('event dated 1850-03-03, before 1900') }),
    ]);
  });
});
