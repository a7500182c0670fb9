import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, toAcledCsv } from './toAcledCsv.ts';
import { exportContext } from '../testing/exportFixture.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { parseCsv } from './parseCsv.ts';

describe('toAcledCsv', () => {
  const rows = parseCsv(toAcledCsv(exportContext));
  const header = rows[0]!;
  const record = (id: string) => {
    const row = rows.find((r) => r[0]?.endsWith(`-${id}`));
    if (!row) throw new Error(`no row for ${id}`);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  };

  it('has ACLED column names and one row per event', () => {
    expect(header).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(exportContext.events.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('uses ACLED wording and precision codes', () => {
    const siege = record('siege');
    // ACLED's codebook: 3 is "only the month (or coarser)"; our own column keeps the schema's word.
    expect(siege).toMatchObject({ event_date: '2015-09-01', event_end_date: '2017-09-01', year: '2015', time_precision: '3', date_precision: 'month', event_type: 'Battles', geo_precision: '1' });
    const hostile = record('hostile');
    expect(hostile).toMatchObject({
      event_id_cnty: 'LY-hostile', event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance',
      actor1: 'Libyan National Army', actor2: 'ghost', country: 'Libya', location: 'Tripoli, "old town"',
      latitude: '-32.9', geo_precision: '2', source: 'A document', certainty: 'alleged',
    });
  });

  it('defuses formulas in text but keeps the text readable', () => {
    const hostile = record('hostile');
    expect(hostile.notes).toBe(`'-2+3 said "they",\nthen left`);
  });

  it('codes a day 1 and a month or a year 3 (ACLED has no year code), with the precision word beside', () => {
    const events = [
      makeEvent('day', { date: { start: '2019-04-07', precision: 'day' } }),
      makeEvent('month', { date: { start: '2019-04', precision: 'month' } }),
      makeEvent('year', { date: { start: '2019', precision: 'year' } }),
    ];
    const csv = parseCsv(toAcledCsv({ ...exportContext, events }));
    const [time, word, day] = ['time_precision', 'date_precision', 'event_date'].map((c) => csv[0]!.indexOf(c));
    expect(csv.slice(1).map((r) => [r[day!], r[time!], r[word!]])).toEqual([['2019-04-07', '1', 'day'], ['2019-04-01', '3', 'month'], ['2019-01-01', '3', 'year']]);
  });

  it('leaves unknown dates and places empty', () => {
    expect(record('undated').event_date).toBe('');
    expect(record('unplaced')).toMatchObject({ event_id_cnty: 'XX-unplaced', latitude: '', location: '' });
  });

  it('writes the most conservative reported death toll in fatalities, never a sum, empty when none is stated', () => {
    const source = (start: number, casualties: object) => ({ document: 'doc-1', quote: 'A sentence.', start, end: start + 11, line: 3, casualties });
    const events = [
      makeEvent('two-sources', { type: 'battles', subType: 'armed-clash', sources: [
        source(0, { killed: { min: 27, max: 27, hedge: 'exact', text: '27 soldiers' } }),
        source(20, { killed: { min: 40, max: 50, hedge: 'range', text: 'between 40 and 50' } }),
      ] }),
      makeEvent('vague', { type: 'battles', subType: 'armed-clash', sources: [source(0, { killed: { min: null, max: null, hedge: 'unknown', text: 'dozens' } })] }),
      makeEvent('none', { type: 'battles', subType: 'armed-clash' }),
    ];
    const csv = parseCsv(toAcledCsv({ ...exportContext, events }));
    const column = csv[0]!.indexOf('fatalities');
    expect(csv.slice(1).map((r) => r[column])).toEqual(['27', '', '']);
  });
});
