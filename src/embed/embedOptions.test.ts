import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embedOptions.ts';

describe('readEmbedOptions', () => {
  it('is the full app without options', () => {
    expect(readEmbedOptions('')).toEqual({ embed: false, origins: null });
  });

  it('turns embed mode on with embed=1, embed=true or a bare embed', () => {
    for (const search of ['?embed=1', '?embed=true', '?embed', 'embed=1', '?x=2&embed=TRUE']) {
      expect(readEmbedOptions(search).embed, search).toBe(true);
    }
  });

  it('leaves it off for other values', () => {
    for (const search of ['?embed=0', '?embed=false', '?embed=yes-please', '?embedded=1']) {
      expect(readEmbedOptions(search).embed, search).toBe(false);
    }
  });

  it('reads the host origins allowed to steer the frame', () => {
    expect(readEmbedOptions('?embed=1&origins=https://a.example,https://b.example').origins).toEqual([
      'https://a.example', 'https://b.example',
    ]);
    expect(readEmbedOptions('?origins=https%3A%2F%2Fa.example').origins).toEqual(['https://a.example']);
  });

  it('keeps a list that names no valid origin, so it allows nobody rather than everybody', () => {
    expect(readEmbedOptions('?embed=1&origins=').origins).toEqual([]);
    expect(readEmbedOptions('?embed=1&origins=a.example').origins).toEqual([]);
  });
});
