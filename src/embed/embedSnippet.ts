import { toEmbedUrl } from './embedUrl.ts';

// The src goes inside a double-quoted attribute: `&` and `"` must be escaped there (a hash such as
// `#event=x&from=…` has ampersands; a quote in a search term would end the attribute).
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML that embeds the view at `href` (the full app's address, hash included). */
export function embedSnippet(href: string): string {
  const src = escapeAttribute(toEmbedUrl(href));
  return `<iframe src="${src}" title="Conflict Atlas" width="100%" height="480" style="border:0" allowfullscreen loading="lazy"></iframe>`;
}
