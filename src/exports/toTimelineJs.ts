/**
 * The visible events as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
 * TimelineJS renders `headline` and `text` as HTML and document text is untrusted, so both are plain text
 * with &, < and > written as entities: TimelineJS shows them literally instead of running them.
 */
import type { Event } from '../compiler/schema.ts';
import { actorNames, type ExportContext } from './exportContext.ts';

export interface TimelineJsDate { year: number; month?: number; day?: number }

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group: string;
  location?: { name: string; lat: number; lon: number };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function timelineDate(iso: string): TimelineJsDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function description(e: Event, ctx: ExportContext): string {
  const lines = [
    `Certainty: ${e.certainty}.`,
    ...(e.place ? [`Place: ${e.place.name}.`] : []),
    ...(e.actors.length ? [`Actors: ${actorNames(e, ctx).join(', ')}.`] : []),
    ...e.sources.map((s) => `“${s.quote}” — ${ctx.documentsById.get(s.document)?.title ?? s.document}`),
  ];
  return escapeHtml(lines.join('\n'));
}

/** Undated events cannot sit on a timeline and are left out. */
export function toTimelineJs(ctx: ExportContext): { events: TimelineJsEvent[] } {
  const dated = ctx.events.filter((e) => e.date !== null);
  return {
    events: dated.map((e) => ({
      unique_id: e.id,
      start_date: timelineDate(e.date!.start),
      ...(e.date!.end ? { end_date: timelineDate(e.date!.end) } : {}),
      ...(e.date!.approximate ? { display_date: `about ${e.date!.start}${e.date!.end ? ` – ${e.date!.end}` : ''}` } : {}),
      text: { headline: escapeHtml(e.title), text: description(e, ctx) },
      group: e.type,
      ...(e.place ? { location: { name: escapeHtml(e.place.name), lat: e.place.lat, lon: e.place.lon } } : {}),
    })),
  };
}
