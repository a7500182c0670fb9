import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acledFatalities } from '../../data/describeCasualties.ts';
import { parseCsv } from '../../exports/parseCsv.ts';
import { toAcledCsv } from '../../exports/toAcledCsv.ts';
import { loadGazetteer } from '../../node/gazetteer/loadGazetteer.ts';
import { compile } from '../compile.ts';
import { createReaders } from '../readArticle.ts';
import type { Event, EventPlace } from '../schema.ts';
import { readStructured } from './readStructured.ts';

/**
 * Round trip: the atlas's own ACLED CSV export, read back, gives the same events. The events are what the
 * compiler reads from the project's own evaluation articles (eval/corpus, written for the project) and the
 * seed, so every kind of date, place, type and actor the extractor produces is in them.
 *
 * The date's precision comes back from the export's own `date_precision` column: ACLED's `time_precision`
 * codes a month and a year alike (3). What cannot come back, because the CSV has no column for it
 * (docs/DATA.md, "Structured sources"):
 * - a place's precision is one of ACLED's three codes: site, neighbourhood and city come back as `city`,
 *   region and country as `region`; `approximate` survives only on a town (code 2);
 * - a date's `approximate`;
 * - id, title, sources (the row quotes itself; ACLED's `source` names who reported it, kept as `outlet`),
 *   `inferred`, `edited`, `reviewed`.
 */
const gazetteer = loadGazetteer();
const corpus = readdirSync('eval/corpus').filter((f) => f.endsWith('.txt')).map((f) => ({ path: `eval/corpus/${f}`, text: readFileSync(`eval/corpus/${f}`, 'utf8') }));
const seed = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => ({ path: `seeds/${f}`, text: readFileSync(`seeds/${f}`, 'utf8') }));
const { dataset } = compile([...corpus, ...seed], { gazetteer });
const csv = toAcledCsv({
  events: dataset.events,
  actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
  documentsById: new Map(dataset.documents.map((d) => [d.id, d])),
});
const back = readStructured({ path: 'seeds/atlas-export.csv', text: csv }, createReaders(gazetteer, []));

/** What ACLED's geo_precision can carry of a place. */
function asAcled(place: EventPlace): Partial<EventPlace> {
  const fine = place.precision === 'site' || place.precision === 'neighbourhood' || place.precision === 'city';
  return { name: place.name, lat: place.lat, lon: place.lon, precision: fine ? 'city' : 'region', ...(fine && place.approximate ? { approximate: true } : {}) };
}

/** A date without `approximate`, which the CSV has no column for (toEqual takes undefined as absent). */
const dateOf = (e: Event) => e.date && { ...e.date, approximate: undefined };

describe('the atlas ACLED export, read back', () => {
  it('has one event per row, without a diagnostic', () => {
    expect(dataset.events.length).toBeGreaterThan(100);
    expect(back.diagnostics).toEqual([]);
    expect(back.candidates).toHaveLength(dataset.events.length);
  });

  it('codes time_precision by ACLED\'s codebook (1 a day, 3 a month or a year) and still gives every precision back', () => {
    const precisions = new Set(dataset.events.flatMap((e) => (e.date ? [e.date.precision] : [])));
    expect(precisions).toEqual(new Set(['day', 'month', 'year']));
    const [header, ...rows] = parseCsv(csv);
    const code = header!.indexOf('time_precision');
    expect(new Set(rows.map((r) => r[code]))).toEqual(new Set(['1', '3', ...(dataset.events.some((e) => !e.date) ? [''] : [])]));
  });

  it('gives the same types, sub-types, dates, places (as precise as ACLED codes them), countries, actors and certainty', () => {
    dataset.events.forEach((e, i) => {
      const c = back.candidates[i]!;
      expect({ type: c.type, subType: c.subType, certainty: c.certainty }).toEqual({ type: e.type, subType: e.subType, certainty: e.certainty });
      expect(c.date && { ...c.date, approximate: undefined }).toEqual(dateOf(e));
      expect(c.place && { name: c.place.name, lat: c.place.lat, lon: c.place.lon, precision: c.place.precision, ...(c.place.approximate ? { approximate: true } : {}) })
        .toEqual(e.place && asAcled(e.place));
      if (e.place?.country) expect(c.place?.country).toBe(e.place.country);
      // The export names two actors (actor1, actor2): those come back, by id.
      expect(c.actors).toEqual(e.actors.slice(0, 2));
    });
  });

  it("gives back who reported each event in ACLED's source: the articles' titles, then the same outlets again", () => {
    dataset.events.forEach((e, i) => {
      const titles = [...new Set(e.sources.map((s) => dataset.documents.find((d) => d.id === s.document)!.title))];
      expect(back.candidates[i]!.sources[0]!.outlet).toBe(titles.join('; '));
    });
    // A second trip keeps the outlets the first one read, instead of naming the exported file.
    const again = readStructured({ path: 'seeds/again.csv', text: toAcledCsv({
      events: back.candidates.map((c) => ({ ...c, title: c.label } as unknown as Event)),
      actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
      documentsById: new Map(),
    }) }, createReaders(gazetteer, []));
    expect(again.candidates.map((c) => c.sources[0]!.outlet)).toEqual(back.candidates.map((c) => c.sources[0]!.outlet));
  });

  it('gives back the killed count ACLED\'s fatalities carries: the lowest lower bound any source states, as "at least"', () => {
    const counted = dataset.events.filter((e) => acledFatalities(e.sources) !== null);
    expect(counted.length).toBeGreaterThan(5);
    dataset.events.forEach((e, i) => {
      const killed = back.candidates[i]!.sources[0]!.casualties?.killed;
      const min = acledFatalities(e.sources);
      expect(killed ?? null).toEqual(min === null ? null : { min, max: null, hedge: 'at least', text: String(min) });
    });
  });
});
