import { fnv1a } from '../fnv1a.ts';

/**
 * An event id that survives edits elsewhere in the document: it depends only on the sentence and the
 * trigger's position in it.
 */
export function eventId(quote: string, triggerStart: number): string {
  return `e${fnv1a(`${quote}\u0000${triggerStart}`)}`;
}
