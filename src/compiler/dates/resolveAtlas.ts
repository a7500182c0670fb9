import type { AtlasMeta } from './atlasMeta.ts';
import { addDays, addMonths, compareAt, isValidDay, precisionOf, toEventDate, weekdayOf, type CalendarPoint } from './isoDate.ts';
import { inheritYear } from './inheritYear.ts';
import { unresolved, type ReaderState, type Resolution } from './Resolution.ts';

type Meta<K extends AtlasMeta['kind']> = Extract<AtlasMeta, { kind: K }>;

/** Weeks run Monday to Sunday (ISO 8601), as in the news outside the US. */
const mondayOf = (p: CalendarPoint) => addDays(p, -((weekdayOf(p) + 6) % 7));

function anchorRelative(meta: Meta<'anchor'>, state: ReaderState): Resolution {
  const base = state.anchor ?? state.published;
  if (!base) return unresolved('relative to an earlier date, but there is none');
  const precision = precisionOf(base);
  if (meta.unit === 'year') {
    const y = base.y + meta.offset;
    const p: CalendarPoint = meta.month === undefined ? { y } : { y, m: meta.month };
    if (p.m !== undefined && meta.day !== undefined && isValidDay(y, p.m, meta.day)) p.d = meta.day;
    return { kind: 'relative', date: toEventDate(p), anchor: p };
  }
  if (meta.unit === 'month') {
    if (precision === 'year') return unresolved('relative month, but the earlier date is only a year');
    const p = addMonths(base, meta.offset);
    return { kind: 'relative', date: toEventDate(p), anchor: p };
  }
  if (precision !== 'day') return unresolved('relative day, but the earlier date is not a day');
  if (meta.unit === 'day') {
    const p = addDays(base, meta.offset);
    return { kind: 'relative', date: toEventDate(p, undefined, meta.approximate), anchor: p };
  }
  if (!meta.span) {
    const p = addDays(base, meta.offset * 7);
    return { kind: 'relative', date: toEventDate(p, undefined, true), anchor: p };
  }
  const monday = addDays(mondayOf(base), meta.offset * 7);
  return { kind: 'relative', date: toEventDate(monday, addDays(monday, 6), true), anchor: base };
}

function publicationWeek(meta: Meta<'pubWeek'>, state: ReaderState, future: boolean): Resolution {
  const pub = state.published;
  if (!pub) return unresolved('relative to publication, but the document has no publication date');
  const monday = addDays(mondayOf(pub), meta.offset * 7);
  let start = monday;
  let end = addDays(monday, 6);
  if (meta.part === 'latestWeekend') {
    // "over the weekend": the one just gone, or the one under way when published on a Saturday or Sunday.
    const saturday = addDays(mondayOf(pub), weekdayOf(pub) % 6 === 0 ? 5 : -2);
    start = saturday;
    end = compareAt(addDays(saturday, 1), pub) > 0 ? pub : addDays(saturday, 1);
  } else if (meta.part === 'weekend') {
    start = addDays(monday, 5);
  } else if (meta.part === 'lastSeven') {
    start = addDays(pub, -7);
    end = pub;
  } else if (meta.part === 'toDate' || (meta.offset === 0 && !future && meta.part === 'week')) {
    end = pub;
  } else if (meta.part === 'fromDate') {
    start = pub;
  }
  const resolution: Resolution = { kind: 'relative', date: toEventDate(start, end, true), anchor: end };
  if (meta.offset > 0 || meta.part === 'fromDate') resolution.future = true;
  return resolution;
}

function years(meta: Meta<'years'>, state: ReaderState): Resolution {
  let end = meta.end;
  // "since 2014" runs to publication. Its year does not become the year in context: what follows is
  // usually about now, not about 2014.
  if (meta.since) {
    if (state.published && state.published.y > meta.start) end = state.published.y;
    const date = toEventDate({ y: meta.start }, end === undefined ? undefined : { y: end });
    return { kind: 'explicit', date, anchor: { y: end ?? meta.start } };
  }
  const date = toEventDate({ y: meta.start }, end === undefined ? undefined : { y: end }, meta.approximate);
  return { kind: 'explicit', date, anchor: { y: end ?? meta.start }, year: end ?? meta.start };
}

function period(meta: Meta<'period'>, state: ReaderState, future: boolean): Resolution {
  if (meta.month !== undefined) {
    const y = meta.year ?? inheritYear(state, meta.month, undefined, future);
    if (y === null) return unresolved('no year in context or publication date', 'explicit');
    const p = { y, m: meta.month };
    const resolution: Resolution = { kind: 'explicit', date: toEventDate(p, undefined, true), anchor: p };
    if (meta.year !== undefined) resolution.year = meta.year;
    return resolution;
  }
  const y = meta.year ?? 0;
  const start = { y, m: meta.fromMonth ?? 1 };
  const end = { y, m: meta.toMonth ?? 12 };
  return { kind: 'explicit', date: toEventDate(start, end, true), anchor: end, year: y };
}

/** Resolves what our own parsers recognised (durations aside: they wait for the whole sentence). */
export function resolveAtlas(meta: AtlasMeta, state: ReaderState, future: boolean): Resolution | null {
  switch (meta.kind) {
    case 'anchor': return anchorRelative(meta, state);
    case 'pubWeek': return publicationWeek(meta, state, future);
    case 'years': return years(meta, state);
    case 'period': return period(meta, state, future);
    case 'vague': return unresolved('vague', 'vague');
    case 'duration': return null;
  }
}
