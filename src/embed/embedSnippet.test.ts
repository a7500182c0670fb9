import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet.ts';

describe('embedSnippet', () => {
  it('is an iframe of the embed URL, with the hash, escaped for an attribute', () => {
    expect(embedSnippet('https://a.example/atlas/#event=e1&from=2017-01-01&to=2017-12-31')).toBe(
      '<iframe src="https://a.example/atlas/?embed=1#event=e1&amp;from=2017-01-01&amp;to=2017-12-31"'
      + ' title="Conflict Atlas" width="100%" height="480" style="border:0" allowfullscreen loading="lazy"></iframe>',
    );
  });

  it('cannot be broken out of by the view it names', () => {
    // The URL parser percent-encodes quotes and angle brackets in the hash; the escaping is a second guard.
    const snippet = embedSnippet('https://a.example/#q="><script>alert(1)</script>');
    expect(snippet).not.toContain('<script');
    expect(snippet.match(/"/g)).toHaveLength(2 * 6);
  });
});
