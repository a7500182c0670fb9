/**
 * The id of an event the newsroom added: a hash of the document and the quote, so it survives edits to
 * the rest of the sidecar and of the document. Prefixed `a` so it can never collide with an extracted `e…`
 * id. FNV-1a, like the extractor's ids: short and stable, not secret.
 */
export function addedEventId(documentId: string, quote: string): string {
  let h = 0x811c9dc5;
  const s = `${documentId}\u0000${quote}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `a${(h >>> 0).toString(36)}`;
}
