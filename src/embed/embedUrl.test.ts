import { describe, expect, it } from 'vitest';
import { toEmbedUrl, toFullViewUrl } from './embedUrl.ts';

describe('toEmbedUrl and toFullViewUrl', () => {
  it('add embed=1 before the hash, keeping the hash and other parameters', () => {
    expect(toEmbedUrl('https://a.example/atlas/#event=e1&from=2017-01-01&to=2017-12-31'))
      .toBe('https://a.example/atlas/?embed=1#event=e1&from=2017-01-01&to=2017-12-31');
    expect(toEmbedUrl('https://a.example/atlas/index.html?origins=https%3A%2F%2Fb.example#story=2'))
      .toBe('https://a.example/atlas/index.html?origins=https%3A%2F%2Fb.example&embed=1#story=2');
  });

  it('does not add embed twice', () => {
    expect(toEmbedUrl('https://a.example/?embed=1')).toBe('https://a.example/?embed=1');
  });

  it('drops embed for the full view, keeping the hash', () => {
    expect(toFullViewUrl('https://a.example/atlas/?embed=1#event=e1')).toBe('https://a.example/atlas/#event=e1');
    expect(toFullViewUrl('https://a.example/?embed=1&origins=https%3A%2F%2Fb.example'))
      .toBe('https://a.example/?origins=https%3A%2F%2Fb.example');
    expect(toFullViewUrl('https://a.example/')).toBe('https://a.example/');
  });
});
