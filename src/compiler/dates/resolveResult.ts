import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { atlasMetaOf } from './atlasMeta.ts';
import { compareAt, parseIso, toEventDate } from './isoDate.ts';
import { resolveAtlas } from './resolveAtlas.ts';
import { resolveCalendar } from './resolveCalendar.ts';
import type { ReaderState, Resolution } from './Resolution.ts';

function resolveEnd(c: ParsedComponents, text: string, state: ReaderState, future: boolean): Resolution | null {
  const meta = atlasMetaOf(c);
  return meta ? resolveAtlas(meta, state, future) : resolveCalendar({ text, start: c }, state, future);
}

/**
 * A range with at least one end of ours ("from late February until mid-May", "from 2014 to March 2015"):
 * each end is resolved on its own, the left one first so its year carries to a yearless right one.
 */
function resolveMixedRange(r: ParsedResult, end: ParsedComponents, state: ReaderState, future: boolean): Resolution | null {
  const left = resolveEnd(r.start, r.text, state, future);
  if (!left?.date) return left;
  if (left.year !== undefined) state.contextYear = left.year;
  const right = resolveEnd(end, r.text, state, future);
  if (!right?.date) return right;
  const from = parseIso(left.date.start);
  let to = parseIso(right.date.end ?? right.date.start);
  if (!from || !to) return null;
  if (right.year === undefined && compareAt(to, from) < 0) to = { ...to, y: to.y + 1 };
  const approximate = Boolean(left.date.approximate || right.date.approximate);
  const resolution: Resolution = { kind: 'explicit', date: toEventDate(from, to, approximate), anchor: to };
  const year = right.year ?? left.year;
  if (year !== undefined) resolution.year = year;
  return resolution;
}

/** Resolves one chrono result against what the reader knows; null when it turns out not to be a date. */
export function resolveResult(r: ParsedResult, state: ReaderState, future: boolean): Resolution | null {
  const meta = atlasMetaOf(r.start);
  if (r.end && (meta || atlasMetaOf(r.end))) return resolveMixedRange(r, r.end, state, future);
  return meta ? resolveAtlas(meta, state, future) : resolveCalendar(r, state, future);
}
