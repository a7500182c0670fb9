import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../node/gazetteer/loadGazetteer.ts';
import { compile } from '../compile.ts';
import { Dataset } from '../schema.ts';

/**
 * Golden tests of the structured fixtures (written for the project: invented rows), each compiled alone:
 * its events after merging, with titles and ids, and its diagnostics. On a change vitest writes the new
 * output so the diff is the review (`npx vitest run -u` accepts it).
 */
const gazetteer = loadGazetteer();
const dir = new URL('./fixtures/', import.meta.url);
const file = (name: string) => ({ path: `fixtures/${name}`, text: readFileSync(new URL(name, dir), 'utf8') });
const names = readdirSync(dir).filter((f) => /\.(csv|json|geojson)$/.test(f) && !f.endsWith('.expected.json') && !f.startsWith('merge-'));

describe.each(names)('%s', (name) => {
  it('compiles to its golden events and diagnostics, as a valid dataset', async () => {
    const { dataset } = compile([file(name)], { gazetteer });
    expect(() => Dataset.parse(dataset)).not.toThrow();
    const golden = { events: dataset.events, actors: dataset.actors, diagnostics: dataset.diagnostics };
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(`fixtures/${name.replace(/\.\w+$/, '')}.expected.json`);
  });
});

describe('structured sources in a compile', () => {
  it('merges a row with the article that reports the same event, by the same rules: one event, two sources', () => {
    const { dataset, diagnostics } = compile([file('merge-article.txt'), file('merge-acled.csv')], { gazetteer });
    expect(diagnostics).toEqual([]);
    const clashes = dataset.events.filter((e) => e.type === 'battles');
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({ subType: 'armed-clash', date: { start: '2019-08-11', precision: 'day' }, place: { name: 'Sirte' } });
    expect(clashes[0]!.sources.map((s) => s.document)).toEqual(['merge-acled', 'merge-article']); // documents in path order
    expect(clashes[0]!.actors).toEqual(expect.arrayContaining(['libyan-national-army', 'government-of-national-accord']));
  });

  it('leaves a .json that is no timeline out of the documents, with an info', () => {
    const { dataset, diagnostics } = compile([file('not-a-timeline.json'), file('merge-article.txt')], { gazetteer });
    expect(dataset.documents.map((d) => d.id)).toEqual(['merge-article']);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', file: 'fixtures/not-a-timeline.json' })]);
  });

  it("applies an editor's sidecar beside a structured source to its rows' events, as beside an article", () => {
    const ids = compile([file('acled-sample.csv')], { gazetteer }).dataset.events.map((e) => e.id);
    const [dropped, corrected] = [ids[1]!, ids[0]!];
    const sidecar = { path: 'fixtures/acled-sample.events.yaml', text: `suppress:\n  - ${dropped}\ncorrect:\n  - id: ${corrected}\n    certainty: alleged\n` };
    const { dataset } = compile([file('acled-sample.csv'), sidecar], { gazetteer });
    expect(dataset.events.map((e) => e.id)).not.toContain(dropped);
    expect(dataset.events.find((e) => e.id === corrected)).toMatchObject({ certainty: 'alleged' });
    expect(dataset.diagnostics.filter((d) => d.file === sidecar.path)).toEqual([]);
  });

  it('loads the good rows of a file with bad ones, and fails the build on the bad ones (errors)', () => {
    const { dataset, diagnostics } = compile([file('acled-sample.csv')], { gazetteer });
    expect(dataset.events).toHaveLength(6);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([8, 9, 10, 11]);
  });
});
