import { describe, expect, it } from 'vitest';
import { formatEventHash, parseEventHash } from './eventHash.ts';

describe('parseEventHash', () => {
  it('reads the event id with or without the leading #', () => {
    expect(parseEventHash('#event=abc-123')).toEqual({ eventId: 'abc-123' });
    expect(parseEventHash('event=abc-123')).toEqual({ eventId: 'abc-123' });
  });

  it('yields no event for empty, foreign or blank hashes', () => {
    expect(parseEventHash('')).toEqual({ eventId: null });
    expect(parseEventHash('#')).toEqual({ eventId: null });
    expect(parseEventHash('#from=2017-01')).toEqual({ eventId: null });
    expect(parseEventHash('#event=')).toEqual({ eventId: null });
  });

  it('decodes percent-encoding', () => {
    expect(parseEventHash('#event=a%20b')).toEqual({ eventId: 'a b' });
  });
});

describe('formatEventHash', () => {
  it('writes and clears the event', () => {
    expect(formatEventHash({ eventId: 'abc' })).toBe('#event=abc');
    expect(formatEventHash({ eventId: null }, '#event=abc')).toBe('');
  });

  it('keeps parameters it does not own', () => {
    expect(formatEventHash({ eventId: 'x' }, '#from=2017-01&event=y')).toBe('#from=2017-01&event=x');
    expect(formatEventHash({ eventId: null }, '#from=2017-01&event=y')).toBe('#from=2017-01');
  });

  it('round-trips through parse', () => {
    expect(parseEventHash(formatEventHash({ eventId: 'id-with-dash-9' })).eventId).toBe('id-with-dash-9');
  });
});
