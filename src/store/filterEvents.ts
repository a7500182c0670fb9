import type { Actor, Event } from '../compiler/schema.ts';
import type { Filters, TimeWindow } from './appStore.ts';
import { eventTimeSpan } from '../data/eventTimeSpan.ts';

/** Lower case without accents, so "salame" finds "Salamé". */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether an event passes every filter; `actorsById` resolves actor names for the text search. */
export function matchesFilters(e: Event, f: Filters, actorsById: Map<string, Actor>): boolean {
  if (f.types.length && !f.types.includes(e.type)) return false;
  if (f.certainties.length && !f.certainties.includes(e.certainty)) return false;
  if (f.actors.length && !e.actors.some((a) => f.actors.includes(a))) return false;
  if (f.places.length && !(e.place && f.places.includes(e.place.name))) return false;
  if (f.documents.length && !e.sources.some((s) => f.documents.includes(s.document))) return false;
  const q = foldText(f.query.trim());
  if (!q) return true;
  const haystack = [e.title, e.place?.name ?? '', ...e.actors.map((a) => actorsById.get(a)?.name ?? a), ...e.sources.map((s) => s.quote)];
  return q.split(/\s+/).every((word) => haystack.some((h) => foldText(h).includes(word)));
}

/** Whether an event's dates touch the window; undated events are outside every window. */
export function inWindow(e: Event, w: TimeWindow): boolean {
  if (!e.date) return false;
  const span = eventTimeSpan(e.date);
  return span.start.getTime() < w.end && span.end.getTime() > w.start;
}
