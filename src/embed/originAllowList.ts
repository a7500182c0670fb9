/**
 * Which host pages may steer an embedded atlas. Two sources: the publisher's build (`VITE_ATLAS_ORIGINS`)
 * and the frame URL (`?origins=`). The frame URL is written by whoever embeds the atlas, so it may narrow
 * the publisher's list but never widen it. `null` means "no list: anyone"; an empty list means "nobody",
 * which is what a list of only malformed entries gives: a typo fails closed, not open.
 */

/** One origin as `scheme://host[:port]`, or null when the text is not an http(s) origin. */
function readOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin, not a page: a path, query or credentials would suggest the author meant something narrower.
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return null;
  return url.origin;
}

/** A comma-separated list of origins, normalised (`https://A.example:443/` → `https://a.example`) and deduplicated. */
export function parseOrigins(list: string): string[] {
  const origins = list.split(',').map((s) => s.trim()).filter((s) => s !== '').map(readOrigin);
  return [...new Set(origins.filter((o): o is string => o !== null))];
}

/**
 * The effective allow-list from the build's list and the frame URL's (either may be absent: undefined or
 * null). Both set: only origins on both.
 */
export function allowedOrigins(buildList: string | undefined, urlList: string[] | null): string[] | null {
  const built = buildList !== undefined && buildList.trim() !== '' ? parseOrigins(buildList) : null;
  if (built === null) return urlList;
  if (urlList === null) return built;
  return built.filter((o) => urlList.includes(o));
}
