import { fnv1a } from '../fnv1a.ts';

/** Latin letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * The file's base name as an id: lower-cased and slugged, readable in URLs and stable across directories.
 * An ASCII name keeps the slug it always had (ids are in links, sidecars and stories). Any other name is
 * transliterated where Latin ("ärende" → "arende") and followed by a hash of the name itself, so two
 * names that slug alike ("ärende", "arende", or any two Arabic names, which slug to nothing) never share
 * an id (issue 16.7). The name is hashed in NFC, so a file system that stores it decomposed (macOS) gives
 * the same id.
 */
export function documentId(file: string): string {
  const base = file.split('/').pop()!.replace(/\.[^.]+$/, '').normalize('NFC');
  const slug = slugOf(base);
  // eslint-disable-next-line no-control-regex -- the test is for ASCII, controls included
  if (/^[\x00-\x7f]*$/.test(base)) return slug || 'document';
  const latin = slugOf(base.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[ßæœøđðłþı]/g, (c) => LETTERS[c]!));
  return `${latin || 'document'}-${fnv1a(base)}`;
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
