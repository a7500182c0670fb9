/** What every export needs besides the events: names for actor ids and titles for document ids. */
import type { Actor, Document, Event } from '../compiler/schema.ts';

export interface ExportContext {
  events: Event[];
  actorsById: Map<string, Actor>;
  documentsById: Map<string, Document>;
}

/** Actor names in event order; an unknown id stands for itself rather than vanishing. */
export const actorNames = (e: Event, ctx: ExportContext): string[] =>
  e.actors.map((id) => ctx.actorsById.get(id)?.name ?? id);
