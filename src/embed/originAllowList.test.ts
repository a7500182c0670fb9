import { describe, expect, it } from 'vitest';
import { allowedOrigins, parseOrigins } from './originAllowList.ts';

describe('parseOrigins', () => {
  it('reads a comma-separated list, normalised and without duplicates', () => {
    expect(parseOrigins(' https://A.example , http://b.example:8080/,https://a.example:443')).toEqual([
      'https://a.example', 'http://b.example:8080',
    ]);
  });

  it('drops what is not an http(s) origin', () => {
    expect(parseOrigins('*,null,a.example,javascript:alert(1),file:///x,https://a.example/page,https://u:p@a.example,https://a.example?x=1,')).toEqual([]);
  });
});

describe('allowedOrigins', () => {
  it('is null (anyone) when neither the build nor the URL names origins', () => {
    expect(allowedOrigins(undefined, null)).toBeNull();
    expect(allowedOrigins('  ', null)).toBeNull();
  });

  it('takes whichever list is set', () => {
    expect(allowedOrigins('https://a.example', null)).toEqual(['https://a.example']);
    expect(allowedOrigins(undefined, ['https://b.example'])).toEqual(['https://b.example']);
  });

  it('lets the URL narrow the build list, never widen it', () => {
    expect(allowedOrigins('https://a.example,https://b.example', ['https://b.example', 'https://evil.example'])).toEqual(['https://b.example']);
    expect(allowedOrigins('https://a.example', ['https://evil.example'])).toEqual([]);
  });

  it('fails closed: a list of only malformed origins allows nobody', () => {
    expect(allowedOrigins('not an origin', null)).toEqual([]);
  });
});
