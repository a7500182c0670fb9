import { describe, expect, it } from 'vitest';
import { compile } from '../compile.ts';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';

const gazetteer = fixtureGazetteer();
const warnings = (body: string) => compile([{ path: 'seeds/a.md', text: `---\ntitle: A report\npublished: 2019-03-10\n---\n${body}\n` }], { gazetteer })
  .diagnostics.filter((d) => /after the article's publication/.test(d.message));

describe('events dated after their article was published', () => {
  it('are kept and warned about, with the line of their sentence', () => {
    const found = warnings('Rebels shelled Misrata on 4 June 2019, witnesses said.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', file: 'seeds/a.md', line: 5 });
    expect(found[0]!.message).toMatch(/dated 2019-06-04, after the article's publication \(2019-03-10\)/);
  });

  it('not when the date is within the publication day, month or year at its own precision', () => {
    expect(warnings('Rebels shelled Misrata in March 2019, witnesses said.')).toEqual([]);
    expect(warnings('Rebels shelled Misrata on 9 March 2019, witnesses said.')).toEqual([]);
  });
});
