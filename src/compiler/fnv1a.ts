/**
 * FNV-1a over UTF-16 code units, in base 36: short, stable ids for events. Not secret, not for security —
 * only a content address that survives edits elsewhere in the document.
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
