import type { EventDate } from '../schema.ts';
import type { Candidate } from './Candidate.ts';
import { dateInterval } from './dateInterval.ts';
import { placeCell, placeCellsNear, type PlaceCell } from './placeCells.ts';
import { kindOf } from './sameKind.ts';

/**
 * Where merging across sentences looks for the event a candidate is another report of.
 *
 * Events are filed in buckets by type, country and time (month for single dates, start year for ranges),
 * and a candidate looks in a few buckets, in a fixed order (`lookupKeys`). For a fixed span of years those
 * buckets grow with the corpus, so within a bucket events are filed again by what `compatible` demands
 * anyway: their kind, a place cell (placeCells.ts) and, for single days, the day. A candidate reads only
 * the cells that can hold a compatible event, so it is compared with a handful of others however large
 * the corpus.
 *
 * Which event wins when several fit is part of the output: the first bucket in lookup order that holds
 * one, and in it the earliest filed. Cells keep their bucket's filing order (`seq`), so this is the event
 * a scan of the whole bucket would find first.
 *
 * An event changes as it absorbs reports (a finer date, a finer place): `update` moves it to the cells of
 * what it is now, keeping its place in each bucket's order, and files it under its new bucket key if that
 * changed (it stays in the old buckets too).
 */
export interface MergeIndex {
  /** The first filed event `fits(event, c)` accepts, in the order above. */
  find(c: Candidate): Candidate | undefined;
  /** Files a new event; an undated one is not filed (it never merges across sentences). */
  add(c: Candidate): void;
  /** Files `c` again after it absorbed a report. */
  update(c: Candidate): void;
  /** The bucket keys (`storeKey`) `c` was ever filed under, in filing order. */
  keysOf(c: Candidate): string[];
}

type DayCell = number | 'wide';

interface Entry {
  event: Candidate;
  /** When the event was filed in this bucket: its order there. */
  seq: number;
}

/** A bucket's events of one kind: by place cell, then day cell, each list in filing order. */
type Cells = Map<PlaceCell, Map<DayCell, Entry[]>>;

interface Filing {
  /** The bucket key (`storeKey`) the event was filed under. */
  key: string;
  entry: Entry;
  kind: string;
  place: PlaceCell;
  day: DayCell;
}

/** What a candidate looks up and where it would be filed, computed once for `find` and the `add` after it. */
interface Probe {
  c: Candidate;
  kind: string;
  keys: string[];
  places: PlaceCell[] | undefined;
  days: DayCell[] | undefined;
}

export function createMergeIndex(fits: (event: Candidate, c: Candidate) => boolean): MergeIndex {
  // By kind, then bucket key: a candidate only ever reads its own kind, and finds its buckets without
  // building a key per look-up (the merge runs a look-up per candidate, ~170,000 for 10,000 articles).
  const buckets = new Map<string, Map<string, Cells>>();
  const filings = new Map<Candidate, Filing[]>();
  let seq = 0;
  let last: Probe | undefined;

  function probe(c: Candidate, date: EventDate): Probe {
    if (last?.c !== c) {
      const day = dayCell(date);
      last = { c, kind: kindOf(c), keys: lookupKeys(c, date), places: placeCellsNear(c.place), days: day === 'wide' ? undefined : [day, 'wide'] };
    }
    return last;
  }

  function file(c: Candidate, key: string, kind: string): void {
    const filing: Filing = { key, entry: { event: c, seq: seq++ }, kind, place: placeCell(c.place), day: dayCell(c.date) };
    listOf(buckets, filing).push(filing.entry);
    const known = filings.get(c);
    if (known) known.push(filing);
    else filings.set(c, [filing]);
  }

  return {
    find(c) {
      if (!c.date) return undefined;
      const { kind, keys, places, days } = probe(c, c.date);
      const byKey = buckets.get(kind);
      if (!byKey) return undefined;
      for (const key of keys) {
        const cells = byKey.get(key);
        if (!cells) continue;
        let best: Entry | undefined;
        if (places) {
          for (const p of places) {
            const byDay = cells.get(p);
            if (byDay) best = visitDays(byDay, days, c, best, fits);
          }
        } else {
          for (const byDay of cells.values()) best = visitDays(byDay, days, c, best, fits);
        }
        if (best) return best.event;
      }
      return undefined;
    },
    add(c) {
      const key = storeKey(c);
      if (key) file(c, key, c.date ? probe(c, c.date).kind : kindOf(c));
    },
    update(c) {
      const own = filings.get(c) ?? [];
      const kind = kindOf(c);
      const place = placeCell(c.place);
      const day = dayCell(c.date);
      for (const filing of own) {
        if (filing.kind === kind && filing.place === place && filing.day === day) continue;
        const from = listOf(buckets, filing);
        from.splice(from.indexOf(filing.entry), 1);
        Object.assign(filing, { kind, place, day });
        const to = listOf(buckets, filing);
        to.splice(firstAfter(to, filing.entry.seq), 0, filing.entry);
      }
      // Always in the bucket of its current key: one it was filed in before keeps it, in its old order.
      const key = storeKey(c);
      if (key && !own.some((f) => f.key === key)) file(c, key, kind);
    },
    keysOf: (c) => (filings.get(c) ?? []).map((f) => f.key),
  };
}

/**
 * The earliest filed entry of one place cell that fits `c`, or `best` if none filed before it does. Plain
 * functions, not closures made per look-up: they were a tenth of the merge's time.
 */
function visitDays(byDay: Map<DayCell, Entry[]>, days: DayCell[] | undefined, c: Candidate, best: Entry | undefined, fits: (event: Candidate, c: Candidate) => boolean): Entry | undefined {
  if (days) {
    for (const d of days) {
      const entries = byDay.get(d);
      if (entries) best = visit(entries, c, best, fits);
    }
  } else {
    for (const entries of byDay.values()) best = visit(entries, c, best, fits);
  }
  return best;
}

function visit(entries: Entry[], c: Candidate, best: Entry | undefined, fits: (event: Candidate, c: Candidate) => boolean): Entry | undefined {
  for (const entry of entries) {
    if (best && entry.seq > best.seq) return best;
    if (fits(entry.event, c)) return entry;
  }
  return best;
}

/** The type and country every key of a candidate starts with. */
function areaOf(c: Candidate): string {
  return `${c.type}:${c.place ? (c.place.country ?? '?') : '-'}`;
}

/**
 * The part of the corpus a key belongs to: its area (type and country) and year, or its area's ranges. A
 * candidate's look-ups (`lookupKeys`) and its own key (`storeKey`) are all in one zone, so a candidate only
 * ever meets events filed in its zone: what lets merging be redone zone by zone (mergeDocuments.ts).
 */
export function zoneOfKey(key: string): string {
  const cut = key.lastIndexOf(':');
  const period = key.slice(cut + 1);
  return `${key.slice(0, cut)}:${period.startsWith('R') ? 'R' : String(Number(period.slice(0, 4)))}`;
}

/** Where a candidate is filed; undated candidates are not (they never merge across sentences). */
export function storeKey(c: Candidate): string | undefined {
  if (!c.date) return undefined;
  const area = areaOf(c);
  if (c.date.end) return `${area}:R${c.date.start.slice(0, 4)}`;
  return `${area}:${c.date.precision === 'year' ? c.date.start.slice(0, 4) : c.date.start.slice(0, 7)}`;
}

/** Where candidates that may match it are filed: the same month and its year, or nearby range starts. */
export function lookupKeys(c: Candidate, date: EventDate): string[] {
  const area = areaOf(c);
  const year = Number(date.start.slice(0, 4));
  if (date.end) return [-3, -2, -1, 0, 1, 2, 3].map((d) => `${area}:R${year + d}`);
  if (date.precision === 'year') return [`${area}:${year}`, ...Array.from({ length: 12 }, (_, m) => `${area}:${year}-${String(m + 1).padStart(2, '0')}`)];
  return [`${area}:${date.start.slice(0, 7)}`, `${area}:${year}`];
}

/**
 * A single day apart from the rest: two single dates overlap only when one contains the other, so a day
 * matches only the same day or a wider date (a month, a year; a range never matches a single date).
 */
function dayCell(date: EventDate | null): DayCell {
  if (!date || date.end) return 'wide';
  const [first, last] = dateInterval(date);
  return first === last ? first : 'wide';
}

function listOf(buckets: Map<string, Map<string, Cells>>, { key, kind, place, day }: Filing): Entry[] {
  const cells = getOrSet(getOrSet(buckets, kind, () => new Map()), key, () => new Map());
  const byDay = getOrSet(cells, place, () => new Map());
  return getOrSet(byDay, day, () => []);
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** Where an entry filed at `seq` goes in a list in filing order. */
function firstAfter(entries: readonly Entry[], seq: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
