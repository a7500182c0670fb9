/**
 * An event id that survives edits elsewhere in the document: it depends only on the sentence and the
 * trigger's position in it. FNV-1a is enough: ids need to be short and stable, not secret.
 */
export function eventId(quote: string, triggerStart: number): string {
  let h = 0x811c9dc5;
  const s = `${quote}\u0000${triggerStart}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `e${(h >>> 0).toString(36)}`;
}
