import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../node/gazetteer/loadGazetteer.ts';
import { readSeeds } from '../node/readSeeds.ts';
import { compile } from './compile.ts';
import { Dataset, type Event } from './schema.ts';

const { dataset, diagnostics } = compile(readSeeds('seeds').files, { gazetteer: loadGazetteer() });
const find = (pred: (e: Event) => boolean) => dataset.events.filter(pred);

describe('the seed article', () => {
  it('compiles to a valid dataset without diagnostics', () => {
    expect(() => Dataset.parse(dataset)).not.toThrow();
    expect(diagnostics).toEqual([]);
    expect(dataset.documents[0]).toMatchObject({ file: 'seeds/000_05cb3ddd0f30d252.txt', published: '2017-09-28', title: 'Alleged Libyan war-criminal holds private talks in Paris and Rome' });
  });

  it('finds the meeting in Paris on 28 September 2017, quoting its sentence', () => {
    const [paris, ...more] = find((e) => e.place?.name === 'Paris');
    expect(more).toEqual([]);
    expect(paris).toMatchObject({ type: 'diplomacy', date: { start: '2017-09-28', precision: 'day' }, place: { precision: 'city' } });
    expect(paris!.sources.map((s) => s.quote.replace(/\s+/g, ' '))).toContain(
      'Haftar held private meetings with the French Minister for Foreign Affairs, Jean-Yvres Le Drian, in Paris on Thursday, having met with Italian officials in Rome the day previous.',
    );
  });

  it('finds the meeting in Rome the day before', () => {
    const [rome, ...more] = find((e) => e.place?.name === 'Rome');
    expect(more).toEqual([]);
    expect(rome).toMatchObject({ type: 'diplomacy', date: { start: '2017-09-27', precision: 'day' } });
    expect(rome!.sources[0]!.quote).toMatch(/^Haftar held private\s+meetings/);
  });

  it('finds the Human Rights Council hearing in Geneva on Tuesday 26 September', () => {
    const [geneva, ...more] = find((e) => e.place?.name === 'Geneva');
    expect(more).toEqual([]);
    expect(geneva).toMatchObject({ type: 'diplomacy', date: { start: '2017-09-26', precision: 'day' }, place: { country: 'CH' } });
    expect(geneva!.sources[0]!.quote).toMatch(/^UN officials heard on Tuesday/);
  });

  it('finds the Ganfouda evacuation in Benghazi in March 2017, at neighbourhood precision', () => {
    const [ganfouda] = find((e) => e.place?.name === 'Ganfouda');
    expect(ganfouda).toMatchObject({ date: { start: '2017-03', precision: 'month' }, place: { precision: 'neighbourhood' } });
    expect(ganfouda!.place!.lat).toBeCloseTo(32.05, 0);
    expect(ganfouda!.sources[0]!.quote).toMatch(/^Hundreds of civilians were evacuated from the Ganfouda neighbourhood/);
  });

  it('finds the siege of Benghazi once, as an approximate two-year range ending in 2017', () => {
    const sieges = find((e) => e.type === 'battles' && e.place?.name === 'Benghazi');
    expect(sieges).toHaveLength(1);
    const { date, sources } = sieges[0]!;
    expect(date).toMatchObject({ precision: 'month', approximate: true });
    expect(date!.end!.startsWith('2017')).toBe(true);
    const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
    expect(months(date!.end!) - months(date!.start)).toBeGreaterThanOrEqual(20);
    expect(months(date!.end!) - months(date!.start)).toBeLessThanOrEqual(28);
    // Two sentences tell of it: one event, two sources.
    expect(sources.length).toBe(2);
  });

  it('makes no event of stances and standing facts', () => {
    const quotes = dataset.events.flatMap((e) => e.sources.map((s) => s.quote));
    expect(quotes.some((q) => q.startsWith('Haftar does not recognise'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('He steadily recently emerged'))).toBe(false);
  });

  it('points every source at its sentence in the document text', () => {
    for (const e of dataset.events) {
      for (const s of e.sources) {
        const text = dataset.documents.find((d) => d.id === s.document)!.text!;
        // Exact slices: the reader highlights by offsets, whatever whitespace the text has (issue 15.4).
        expect(text.slice(s.start, s.end)).toBe(s.quote);
        expect(text.split('\n')[s.line - 1]!).toContain(s.quote.slice(0, 20));
      }
    }
  });

  it('matches the golden dataset', async () => {
    const golden = { ...dataset, documents: dataset.documents.map(({ text, ...d }) => ({ ...d, text: `${text!.length} characters` })) };
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot('fixtures/seed.expected.json');
  });
});

describe('the seed file on disk', () => {
  it('is the shared article, unchanged', () => {
    const shared = '../shared/seeds/000_05cb3ddd0f30d252.txt';
    let original: string | undefined;
    try {
      original = readFileSync(shared, 'utf8');
    } catch {
      return; // outside the workspace the original is not there to compare with
    }
    expect(readFileSync('seeds/000_05cb3ddd0f30d252.txt', 'utf8')).toBe(original);
  });
});

describe('an authored story beside the seed', () => {
  const byDate = dataset.events.map((e) => e.id);
  const last = byDate.at(-1)!;
  const first = byDate[0]!;
  const story = `title: Haftar abroad\nsteps:\n  - event: ${last}\n    caption: Last first.\n  - event: not-an-event\n  - event: ${first}\n`;
  const withStory = compile([...readSeeds('seeds').files, { path: 'seeds/story.yaml', text: story }], { gazetteer: loadGazetteer() });

  it('orders the steps as written and keeps their captions', () => {
    expect(withStory.dataset.story).toEqual({ title: 'Haftar abroad', steps: [{ eventId: last, caption: 'Last first.' }, { eventId: first }] });
    expect(() => Dataset.parse(withStory.dataset)).not.toThrow();
  });

  it('reports the step naming no event with its file and line, and is not read as a document', () => {
    expect(withStory.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'seeds/story.yaml', line: 5 })]);
    expect(withStory.dataset.documents).toHaveLength(dataset.documents.length);
  });
});
