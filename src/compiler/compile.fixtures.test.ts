import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../node/gazetteer/loadGazetteer.ts';
import { compile } from './compile.ts';
import type { Event } from './schema.ts';

/**
 * Golden tests, one small article per phenomenon, written for this project. Each fixture's whole output
 * is compared with `fixtures/<name>.expected.json`; on a change vitest writes the new output so the diff is
 * the review (`npx vitest run -u` accepts it). The explicit assertions below say what must hold.
 */
const gazetteer = loadGazetteer();
const dir = new URL('./fixtures/', import.meta.url);
const names = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));

function compileFixture(name: string) {
  return compile([{ path: `fixtures/${name}`, text: readFileSync(new URL(name, dir), 'utf8') }], { gazetteer });
}

const brief = (e: Event) => ({ title: e.title, date: e.date, place: e.place?.name ?? null, certainty: e.certainty });

describe.each(names)('%s', (name) => {
  it('matches its golden output', async () => {
    const { dataset } = compileFixture(name);
    const golden = { events: dataset.events, diagnostics: dataset.diagnostics };
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(`fixtures/${name.replace(/\.\w+$/, '')}.expected.json`);
  });
});

describe('phenomena', () => {
  const events = (name: string) => compileFixture(name).dataset.events.map(brief);

  it('reads a bare weekday as the latest one before publication', () => {
    expect(events('weekday-in-the-past.txt')).toEqual([
      { title: 'Shelling of Misrata harbour', date: { start: '2019-06-11', precision: 'day' }, place: 'Misrata harbour', certainty: 'stated' },
    ]);
  });

  it('anchors "the day before" and "two days later" on the date mentioned before them', () => {
    expect(events('day-previous.txt').map((e) => [e.place, e.date?.start])).toEqual([
      ['Tunis', '2020-03-01'],
      ['Sfax', '2020-03-02'],
      ['Algiers', '2020-03-04'],
    ]);
  });

  it('reads "in May" as the last May before publication, at month precision', () => {
    expect(events('month-before-publication.txt')).toEqual([
      { title: 'Evacuation of Derna', date: { start: '2018-05', precision: 'month' }, place: 'Derna', certainty: 'reported' },
    ]);
  });

  it('compiles without a dateline, takes the year from context and says relative dates need an anchor', () => {
    const { dataset, diagnostics } = compileFixture('no-dateline.md');
    expect(diagnostics.map((d) => d.message)).toEqual(['no publication date (front matter "published"): relative dates cannot be anchored']);
    expect(dataset.events[0]).toMatchObject({ date: { start: '2015-08-12', precision: 'day' }, place: { name: 'Sirte airport', precision: 'site' } });
  });

  it('reads a siege told as a duration and as an explicit range as one event, dated by the explicit range', () => {
    // "a three-year siege of Benghazi" is an approximate range; "the battle for the city lasted from May 2014
    // to July 2017" points back to Benghazi and says exactly when: one event, two sources, the finer date.
    const found = compileFixture('durations-and-ranges.txt').dataset.events;
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toEqual({ start: '2014-05', end: '2017-07', precision: 'month' });
    expect(found[0]!.place!.name).toBe('Benghazi');
    expect(found[0]!.sources).toHaveLength(2);
  });

  it('reads hedges as allegations, attributions as reports, and disclaimers as unverified', () => {
    expect(events('hedges.txt').map((e) => [e.place, e.certainty])).toEqual([
      ['Murzuq', 'unverified'],
      ['Ubari', 'reported'],
      ['Sabha', 'alleged'],
    ]);
  });

  it('makes no event of stances, standing facts and plans', () => {
    expect(events('stances-and-plans.txt')).toEqual([]);
  });

  it('gives two events in two places from one sentence, sharing its date', () => {
    expect(events('two-places-one-sentence.txt').map((e) => [e.place, e.date?.start])).toEqual([
      ['Ankara', '2020-01-07'],
      ['Tripoli', '2020-01-07'],
    ]);
  });

  it('keeps markup in the text as text', () => {
    const { dataset } = compileFixture('hostile-markup.txt');
    expect(dataset.documents[0]!.title).toBe('<img src=x onerror=alert(1)> Clashes in <script>alert(2)</script>');
    expect(dataset.events[0]!.sources[0]!.quote).toContain('"><svg onload=alert(3)>');
  });
});
