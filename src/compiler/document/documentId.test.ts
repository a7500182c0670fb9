import { describe, expect, it } from 'vitest';
import { documentId } from './documentId.ts';

describe('documentId (issue 16.7)', () => {
  it('keeps the ids of ASCII names', () => {
    expect(documentId('seeds/000_05cb3ddd0f30d252.txt')).toBe('000-05cb3ddd0f30d252');
    expect(documentId('seeds/Libya Report.md')).toBe('libya-report');
    expect(documentId('seeds/zeta.txt')).toBe('zeta');
  });

  it('gives non-Latin names distinct ids', () => {
    const a = documentId('seeds/تقرير.txt');
    const b = documentId('seeds/خبر.txt');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^document-[a-z0-9]+$/);
  });

  it('transliterates Latin accents and keeps names that differ only by them apart', () => {
    expect(documentId('seeds/ärende.txt')).toMatch(/^arende-[a-z0-9]+$/);
    expect(documentId('seeds/ärende.txt')).not.toBe(documentId('seeds/arende.txt'));
    expect(documentId('seeds/ärende.txt')).not.toBe(documentId('seeds/arènde.txt'));
    expect(documentId('seeds/Straße Ørsted.md')).toMatch(/^strasse-orsted-/);
  });

  it('is the same for a name stored decomposed (macOS) or composed', () => {
    expect(documentId('seeds/a\u0308rende.txt')).toBe(documentId('seeds/\u00e4rende.txt'));
  });
});
