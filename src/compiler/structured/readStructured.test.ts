import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { createReaders } from '../readArticle.ts';
import { normalizeText } from './csvTable.ts';
import { readStructured } from './readStructured.ts';

/**
 * The fixtures (written for the project: invented rows, no real ACLED data) read one file at a time. What
 * each gives after merging, with titles and ids, is the golden test in structured.fixtures.test.ts; here
 * the readers' own promises: every row or feature an event or a diagnostic at its line, the rest loaded.
 */
const readers = createReaders(fixtureGazetteer(), []);
const read = (name: string) => {
  const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
  return { text: normalizeText(text), ...readStructured({ path: `fixtures/${name}`, text }, readers) };
};
const where = (r: ReturnType<typeof read>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);

describe('every reader keeps the source contract', () => {
  it.each(['acled-sample.csv', 'timeline-sheet.csv', 'timeline.json', 'events.geojson'])('%s: each quote slices the file text exactly, at its line', (name) => {
    const r = read(name);
    expect(r.candidates.length).toBeGreaterThan(0);
    for (const c of r.candidates) {
      const [s] = c.sources;
      expect(r.text.slice(s!.start, s!.end)).toBe(s!.quote);
      expect(s!.quote.trim()).toBe(s!.quote);
      expect(r.text.slice(0, s!.start).split('\n').length).toBe(s!.line);
    }
    expect(r.document).toMatchObject({ id: name.replace(/\.\w+$/, ''), file: `fixtures/${name}`, text: r.text, published: null });
  });
});

describe('ACLED CSV', () => {
  const r = read('acled-sample.csv');

  it('gives bad rows errors at their real line (a quoted line break counts) and loads the rest', () => {
    expect(where(r)).toEqual([
      '8:9 error: no event_date: row skipped',
      '9:150 error: latitude "32.9x" is not a number from -90 to 90: row skipped',
      expect.stringMatching(/^10:46 error: event_type "Skirmishes" is not one of ACLED's event types/),
      '11:1 error: 8 cells where the header has 31: row skipped',
    ]);
    expect(r.candidates.map((c) => c.sources[0]!.line)).toEqual([2, 3, 5, 6, 7, 12]);
  });

  it('maps time_precision 1/2/3 by ACLED\'s codebook: a day, an approximate month (about a week), an approximate month (the month or coarser)', () => {
    expect(r.candidates.slice(0, 3).map((c) => c.date)).toEqual([
      { start: '2019-04-07', precision: 'day' },
      { start: '2019-05', precision: 'month', approximate: true },
      { start: '2019-06', precision: 'month', approximate: true },
    ]);
  });

  const csv = (rows: string[]) => readStructured({ path: 'fixtures/atlas-export.csv', text: rows.join('\n') }, readers);
  const columns = 'event_date,event_end_date,time_precision,date_precision,event_type,sub_event_type,notes,certainty';

  it('reads the atlas export\'s date_precision word, not ACLED\'s code (3 is a month or a year)', () => {
    const back = csv([columns, '2019-06-01,,3,month,Battles,Armed clash,A month.,stated', '2019-01-01,2020-01-01,3,year,Battles,Armed clash,A year range.,stated', '2019-06-07,,1,day,Protests,Peaceful protest,A day.,alleged']);
    expect(back.diagnostics).toEqual([]);
    expect(back.candidates.map((c) => c.date)).toEqual([
      { start: '2019-06', precision: 'month' },
      { start: '2019', end: '2020', precision: 'year' },
      { start: '2019-06-07', precision: 'day' },
    ]);
  });

  it('reads fatalities as at least that many killed (ACLED\'s conservative estimate), the cell as the figure\'s words', () => {
    expect(r.candidates.map((c) => c.sources[0]!.casualties)).toEqual([{ killed: { min: 2, max: null, hedge: 'at least', text: '2' } }, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads ACLED\'s 0 as no count (none reported), the atlas export\'s 0 as a count, a bad cell as a warning without a count', () => {
    const plain = csv(['event_date,event_type,sub_event_type,notes,fatalities', '2019-06-01,Battles,Armed clash,Zero.,0', '2019-06-02,Battles,Armed clash,Many.,many', '2019-06-03,Battles,Armed clash,Agreed.,"12"']);
    expect(plain.candidates.map((c) => c.sources[0]!.casualties)).toEqual([undefined, undefined, { killed: { min: 12, max: null, hedge: 'at least', text: '12' } }]);
    expect(plain.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`)).toEqual(['3:38 warning: fatalities "many" is not a whole number of people: read without a count']);
    const atlas = csv(['event_date,event_type,sub_event_type,notes,fatalities,certainty', '2019-06-01,Battles,Armed clash,None.,0,stated', '2019-06-02,Battles,Armed clash,Unread.,,stated']);
    expect(atlas.candidates.map((c) => c.sources[0]!.casualties)).toEqual([{ killed: { min: 0, max: null, hedge: 'at least', text: '0' } }, undefined]);
  });

  it('gives a diplomacy row no count, as the extractor gives a statement none', () => {
    const back = csv(['event_date,event_type,sub_event_type,notes,fatalities', '2019-06-01,Strategic developments,Agreement,Signed.,3']);
    expect(back.candidates[0]).toMatchObject({ type: 'diplomacy' });
    expect(back.candidates[0]!.sources[0]!.casualties).toBeUndefined();
  });

  it('gives a date_precision that is not the schema\'s word an error at its cell', () => {
    const back = csv([columns, '2019-06-01,,3,fortnight,Battles,Armed clash,A month.,stated']);
    expect(back.candidates).toEqual([]);
    expect(back.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:15 date_precision "fortnight" is not one of day, month, year: row skipped']);
  });

  it('reads an older atlas export (certainty, no date_precision) in the codes it wrote then: 2 month, 3 year', () => {
    const back = csv(['event_date,time_precision,event_type,sub_event_type,notes,certainty', '2019-06-01,2,Battles,Armed clash,A month.,stated', '2019-01-01,3,Battles,Armed clash,A year.,stated']);
    expect(back.candidates.map((c) => c.date)).toEqual([{ start: '2019-06', precision: 'month' }, { start: '2019', precision: 'year' }]);
  });

  it('maps geo_precision 1/2/3 to the town, near the town, the region (named by admin1)', () => {
    expect(r.candidates.slice(0, 3).map((c) => c.place && [c.place.name, c.place.precision, c.place.approximate ?? false, c.place.country])).toEqual([
      ['Qasr Bin Ghashir', 'city', false, 'LY'],
      ['Sirte', 'city', true, 'LY'],
      ['Benghazi', 'region', false, 'LY'],
    ]);
  });

  it('reads types, sub-types (an agreement is diplomacy), actors (associated ones too) and quotes the notes', () => {
    expect(r.candidates.map((c) => [c.type, c.subType])).toEqual([
      ['battles', 'armed-clash'], ['explosions-remote-violence', 'air-drone-strike'], ['protests', 'peaceful-protest'], ['diplomacy', 'agreement'],
      ['violence-against-civilians', 'abduction-forced-disappearance'], ['riots', 'mob-violence'],
    ]);
    expect(r.candidates[0]!.actors).toEqual(['libyan-national-army', 'government-of-national-accord']);
    expect(r.candidates[2]!.actors).toEqual(['protesters-libya', 'students-libya', 'teachers-libya']);
    expect(r.actors.find((a) => a.id === 'students-libya')).toMatchObject({ name: 'Students (Libya)', kind: 'other' });
    expect(r.candidates[1]!.sources[0]!.quote).toBe('Invented for the atlas tests: a drone struck a depot near Sirte.\nResidents called it ""the second strike this week"".');
    // Empty notes: the row itself is the quote.
    expect(r.candidates[4]!.sources[0]!.quote).toMatch(/^TST0005,2019-08-10,/);
    expect(new Set(r.candidates.map((c) => c.certainty))).toEqual(new Set(['stated']));
  });
});

describe('TimelineJS', () => {
  it('reads a sheet: dates as fine as the parts, ranges, "about", Group as the type, slides skipped', () => {
    const r = read('timeline-sheet.csv');
    expect(where(r)).toEqual([
      '2:1 info: the title slide, not an event: skipped',
      expect.stringMatching(/^6:95 warning: no Group naming the event type .*: read as a strategic development$/),
      expect.stringMatching(/^7:1 error: start date 2013-13 is not a date/),
      '8:60 error: Latitude "320.1" is not a number from -90 to 90: row skipped',
      '9:1 info: an era, not an event: skipped',
    ]);
    expect(r.candidates.map((c) => [c.type, c.date, c.place?.name ?? null])).toEqual([
      ['protests', { start: '2011-02-17', precision: 'day' }, 'Benghazi'],
      ['battles', { start: '2011-03', end: '2011-04', precision: 'month', approximate: true }, null],
      ['strategic-developments', { start: '2012', precision: 'year' }, null],
    ]);
  });

  it('reads the JSON format, its title slide as the document title, and the atlas\'s location extension', () => {
    const r = read('timeline.json');
    expect(r.document.title).toBe('Harbour towns & their summer');
    expect(where(r)).toEqual([
      expect.stringMatching(/^20:21 error: start date 2016-2-30 is not a date/),
      '34:19 error: location.lat is not a number from -90 to 90: skipped',
    ]);
    expect(r.candidates.map((c) => [c.type, c.date?.start, c.place && [c.place.name, c.place.precision]])).toEqual([
      ['diplomacy', '2016-06-09', ['Misrata', 'city']],
      ['strategic-developments', '2016-07', null],
      ['explosions-remote-violence', '2016-09-04', ['Misrata', 'neighbourhood']],
    ]);
    expect(r.candidates[1]!.sources[0]!.quote).toBe('Blockade of the fuel jetty');
  });

  it('skips a .json that is not a timeline, with an info diagnostic', () => {
    const r = read('not-a-timeline.json');
    expect(r.skipped).toBe(true);
    expect(where(r)).toEqual([expect.stringMatching(/^1:1 info: not a TimelineJS timeline/)]);
  });
});

describe('GeoJSON', () => {
  const r = read('events.geojson');

  it('reads Point features with the documented properties, ours or ACLED\'s names, and skips bad ones at their line', () => {
    expect(where(r)).toEqual([
      '47:19 error: a Polygon is not a Point (an event happens at one point): feature skipped',
      '52:53 error: coordinates are not [longitude, latitude] in degrees: feature skipped',
      expect.stringMatching(/^58:31 error: type "looting" is not an event type/),
      '63:56 error: dateStart "2015-13-03" is not YYYY, YYYY-MM or YYYY-MM-DD: feature skipped',
    ]);
    expect(r.candidates.map((c) => [c.type, c.subType, c.date, c.place && [c.place.name, c.place.precision, c.place.approximate ?? false], c.certainty])).toEqual([
      ['battles', 'armed-clash', { start: '2015-01-12', precision: 'day' }, ['Benghazi', 'city', false], 'stated'],
      ['explosions-remote-violence', 'shelling-artillery-missile', { start: '2015-02', precision: 'month', approximate: true }, ['Derna', 'city', true], 'reported'],
      ['diplomacy', 'statement', { start: '2015', precision: 'year' }, null, 'stated'],
      ['protests', 'peaceful-protest', { start: '2015-04-10', precision: 'day' }, ['Tripoli', 'city', false], 'stated'],
    ]);
    expect(r.candidates[1]!.actors).toEqual(['islamic-state', 'unidentified-armed-group-libya']);
    expect(r.candidates[2]!.sources[0]!.quote).toBe('Invented for the atlas tests: a statement with no place.');
  });

  it('reads ACLED\'s fatalities property as at least that many killed; its 0 (none reported) as no count', () => {
    expect(r.candidates.map((c) => c.sources[0]!.casualties)).toEqual([{ killed: { min: 4, max: null, hedge: 'at least', text: '4' } }, undefined, undefined, undefined]);
  });
});

describe('an unknown CSV', () => {
  it('is a warning naming the file, not a crash', () => {
    const r = readStructured({ path: 'seeds/budget.csv', text: 'item,cost\npaper,3\n' }, readers);
    expect(r.skipped).toBe(true);
    expect(r.diagnostics).toEqual([{ severity: 'warning', file: 'seeds/budget.csv', line: 1, column: 1, message: expect.stringContaining('neither an ACLED export') }]);
  });
});
