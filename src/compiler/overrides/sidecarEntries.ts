import { z } from 'zod';
import { Certainty, DatePrecision, Event, EventDate, EventPlace, EventType } from '../schema.ts';
import { isCalendarDate, precisionOf } from './calendarDate.ts';

/*
 * The sidecar's entries, built from the dataset contract's own pieces so an override can never express
 * something the schema would reject. Objects are strict: a misspelt key is an error, never silently ignored.
 * Messages of the refinements below follow `<path> <message>` (see describeIssue).
 */

/** The core schema reads an unquoted `2017` as a number; a year is what the editor meant. */
const yearAsText = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v);

const calendarDate = z.preprocess(
  yearAsText,
  z.string().refine(isCalendarDate, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a valid YYYY, YYYY-MM or YYYY-MM-DD date`,
  }),
);

const DateObject = z.strictObject({
  ...EventDate.shape,
  start: calendarDate,
  end: calendarDate.optional(),
  // Optional here: the parts of `start` already say it, so the editor need not repeat it.
  precision: DatePrecision.optional(),
});

const DateFields = DateObject
  .superRefine((d, ctx) => {
    // zod still runs this when `start` or `end` failed above; comparing an impossible date only adds noise.
    if (!isCalendarDate(d.start) || (d.end !== undefined && !isCalendarDate(d.end))) return;
    const precision = precisionOf(d.start);
    if (d.precision && d.precision !== precision) {
      ctx.addIssue({ code: 'custom', path: ['precision'], input: d.precision, message: `"${d.precision}" does not match date.start "${d.start}", which is a ${precision}` });
    }
    if (d.end === undefined) return;
    if (precisionOf(d.end) !== precision) {
      ctx.addIssue({ code: 'custom', path: ['end'], input: d.end, message: `"${d.end}" must be a ${precision} like date.start "${d.start}"` });
    } else if (d.end < d.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], input: d.end, message: `"${d.end}" is before date.start "${d.start}"` });
    }
  })
  .transform((d): EventDate => ({
    start: d.start,
    ...(d.end !== undefined ? { end: d.end } : {}),
    precision: d.precision ?? precisionOf(d.start),
    ...(d.approximate !== undefined ? { approximate: d.approximate } : {}),
  }));

/** `date: 2017-03` is shorthand for `date: { start: 2017-03 }`. */
export const SidecarDate = z.preprocess((v) => (typeof v === 'string' || typeof v === 'number' ? { start: v } : v), DateFields);

const PlaceFields = z.strictObject(EventPlace.shape);

const reason = z.string().optional();

const SuppressFields = z.strictObject({ id: Event.shape.id, reason });

/** `- e1k3x9` is shorthand for `- { id: e1k3x9 }`. */
export const SuppressEntry = z.preprocess((v) => (typeof v === 'string' || typeof v === 'number' ? { id: String(v) } : v), SuppressFields);

/** An event an editor checked and accepted as extracted: written like a suppression, `- e1k3x9` or `{ id, reason }`. */
export const AcceptEntry = SuppressEntry;

/** The fields a correction may change; `id` picks the event and `reason` is for the editorial record. */
export const CorrectEntry = z.strictObject({
  id: Event.shape.id,
  reason,
  title: Event.shape.title.optional(),
  type: EventType.optional(),
  subType: Event.shape.subType.optional(),
  date: SidecarDate.nullable().optional(),
  place: PlaceFields.nullable().optional(),
  certainty: Certainty.optional(),
  actors: Event.shape.actors.optional(),
});

/** An event the extractor missed. The defaults make the common case short: no date, no place, stated. */
export const AddEntry = z.strictObject({
  quote: z.string().trim().min(1),
  reason,
  title: Event.shape.title,
  type: EventType,
  subType: Event.shape.subType.default('other'),
  date: SidecarDate.nullable().default(null),
  place: PlaceFields.nullable().default(null),
  certainty: Certainty.default('stated'),
  actors: Event.shape.actors.default([]),
});

export type SuppressEntry = z.output<typeof SuppressEntry>;
export type AcceptEntry = z.output<typeof AcceptEntry>;
export type CorrectEntry = z.output<typeof CorrectEntry>;
export type AddEntry = z.output<typeof AddEntry>;

export const sections = { suppress: SuppressEntry, correct: CorrectEntry, add: AddEntry, accept: AcceptEntry } as const;
export type Section = keyof typeof sections;

const keysByObject: Record<string, readonly string[]> = {
  suppress: Object.keys(SuppressFields.shape),
  accept: Object.keys(SuppressFields.shape),
  correct: Object.keys(CorrectEntry.shape),
  add: Object.keys(AddEntry.shape),
  date: Object.keys(DateObject.shape),
  place: Object.keys(PlaceFields.shape),
};

/** The keys allowed in the mapping at `path`, for "did you mean" hints: `['correct', 0, 'date']` → date keys. */
export function keysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return Object.keys(sections);
  const last = path[path.length - 1];
  const name = typeof last === 'number' ? path[path.length - 2] : last;
  return keysByObject[String(name)] ?? [];
}
