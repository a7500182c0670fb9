import { fnv1a } from '../fnv1a.ts';

/**
 * The id of an event the newsroom added: a hash of the document and the quote, so it survives edits to
 * the rest of the sidecar and of the document. Prefixed `a` so it can never collide with an extracted `e…`
 * id.
 */
export function addedEventId(documentId: string, quote: string): string {
  return `a${fnv1a(`${documentId}\u0000${quote}`)}`;
}
