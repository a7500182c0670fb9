/**
 * A document's `source` as a link target, or null. Front matter is untrusted: `javascript:` or `data:`
 * URLs would run script when clicked, so only absolute http(s) URLs become links, and only they leave
 * the atlas in an export (a GeoJSON `url` is as clickable in the tool that opens it). In data/ because
 * both the panels and the exports use it.
 */
export function safeHttpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
