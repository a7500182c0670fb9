/**
 * The two addresses of one view: the embeddable one (`?embed=1`) and the full app's. Both keep the hash,
 * which holds the view (selection, window, filters, story step), and any other query parameters.
 */

/** The page's address with `embed=1` in the query and the same hash. */
export function toEmbedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  return url.href;
}

/** The page's address without `embed`, so it opens the full app on the same view. */
export function toFullViewUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
