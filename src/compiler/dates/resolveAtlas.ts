import type { AtlasMeta } from './atlasMeta.ts';
import { addDays, addMonths, compareAt, isValidDay, precisionOf, toEventDate, weekdayOf, type CalendarPoint } from './isoDate.ts';
import { inheritYear } from './inheritYear.ts';
import { unresolved, type ReaderState, type Resolution } from './Resolution.ts';

type Meta<K extends AtlasMeta['kind']> = Extract<AtlasMeta, { kind: K }>;

/** Weeks run Monday to Sunday (ISO 8601), as in the news outside the US. */
const mondayOf = (p: CalendarPoint) => addDays(p, -((weekdayOf(p) + 6) % 7));

function anchorRelative(meta: Meta<'anchor'>, state: ReaderState): Resolution {
  const r = anchorRelativeDate(meta, state);
  if (r.date) r.anchoredOn = state.anchor ? 'narrative' : 'publication';
  return r;
}

function anchorRelativeDate(meta: Meta<'anchor'>, state: ReaderState): Resolution {
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
  const resolution: Resolution = { kind: 'relative', anchoredOn: 'publication', date: toEventDate(start, end, true), anchor: end };
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
  // A decade is too vague to be the year of later bare months, and to anchor "a year later".
  if (meta.decade) return { kind: 'explicit', date, noContext: true };
  return { kind: 'explicit', date, anchor: { y: end ?? meta.start }, year: end ?? meta.start };
}

function period(meta: Meta<'period'>, state: ReaderState, future: boolean): Resolution {
  const approximate = meta.approximate === true;
  if (meta.month !== undefined) {
    const y = meta.year ?? inheritYear(state, meta.month, undefined, future);
    if (y === null) return unresolved('no year in context or publication date', 'explicit');
    const p = { y, m: meta.month };
    const resolution: Resolution = { kind: 'explicit', date: toEventDate(p, undefined, approximate), anchor: p };
    if (meta.year !== undefined) resolution.year = meta.year;
    return resolution;
  }
  const from = meta.fromMonth ?? 1;
  const to = meta.toMonth ?? 12;
  // A span without its year ("in September and October") takes it as its last month would: the year in
  // context, else the latest on or before publication, so that the whole span lies in the past.
  const endYear = meta.year ?? inheritYear(state, to, undefined, future);
  if (endYear === null) return unresolved('no year in context or publication date', 'explicit');
  const start = { y: to < from ? endYear - 1 : endYear, m: from };
  const end = { y: endYear, m: to };
  const resolution: Resolution = { kind: 'explicit', date: toEventDate(start, end, approximate), anchor: end };
  if (meta.year !== undefined) resolution.year = meta.year;
  return resolution;
}

/** "on the 9th": that day of the narrative month, else of the latest month on or before publication. */
function ordinalDay(meta: Meta<'ordinalDay'>, state: ReaderState): Resolution {
  const base = state.anchor && state.anchor.m !== undefined ? state.anchor : null;
  let p: CalendarPoint | null = null;
  if (base) p = { y: base.y, m: base.m!, d: meta.day };
  else if (state.published) {
    const pub = state.published;
    p = meta.day <= (pub.d ?? 31) ? { y: pub.y, m: pub.m!, d: meta.day } : { ...addMonths(pub, -1), d: meta.day };
  }
  if (!p) return unresolved('day of the month, but no month in the story or publication date');
  if (!isValidDay(p.y, p.m!, meta.day)) return unresolved('no such day in the month of the story');
  return { kind: 'relative', anchoredOn: base ? 'narrative' : 'publication', date: toEventDate(p), anchor: p };
}

/**
 * "this morning" is publication day. "overnight" is the night before publication, or the night after the
 * day the story just told ("On Tuesday… Overnight, …"): a two-day range, approximate.
 */
function partOfDay(meta: Meta<'partOfDay'>, state: ReaderState): Resolution {
  const pub = state.published;
  const narrative = state.anchor && precisionOf(state.anchor) === 'day' && state.anchorAge <= 1 && (!pub || compareAt(state.anchor, pub) !== 0) ? state.anchor : null;
  if (meta.part === 'today') {
    if (!pub) return unresolved('relative to publication, but the document has no publication date');
    return { kind: 'relative', anchoredOn: 'publication', date: toEventDate(pub), anchor: pub };
  }
  if (narrative) {
    return { kind: 'relative', anchoredOn: 'narrative', date: toEventDate(narrative, addDays(narrative, 1), true), anchor: narrative };
  }
  if (!pub) return unresolved('overnight, but no day in the story or publication date');
  const eve = addDays(pub, -1);
  return { kind: 'relative', anchoredOn: 'publication', date: toEventDate(eve, pub, true), anchor: eve };
}

/** Resolves what our own parsers recognised (durations aside: they wait for the whole sentence). */
export function resolveAtlas(meta: AtlasMeta, state: ReaderState, future: boolean): Resolution | null {
  switch (meta.kind) {
    case 'anchor': return anchorRelative(meta, state);
    case 'pubWeek': return publicationWeek(meta, state, future);
    case 'years': return years(meta, state);
    case 'period': return period(meta, state, future);
    case 'ordinalDay': return ordinalDay(meta, state);
    case 'partOfDay': return partOfDay(meta, state);
    case 'vague': return unresolved('vague', 'vague');
    case 'duration': return null;
  }
}
