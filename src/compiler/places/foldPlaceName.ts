/**
 * Name folding shared by the gazetteer builder and the finder, so that both sides of every lookup agree.
 *
 * `foldPlaceName` is the spelling-insensitive form: lowercase, diacritics and apostrophes gone, hyphens and
 * punctuation as single spaces ("Mişrātah" → "misratah", "Al Bayḑā’" → "al bayda").
 * `placeKey` goes further for Arabic transliterations, which news outlets spell freely: a leading article is
 * dropped ("al-Marj" = "Al Marj" = "Marj"; "Ash Shati" → "shati") and common endings and vowels are merged
 * ("Misratah" = "Misrata", "Ajdabiyah" = "Ajdabiya", "Zawiyya" = "Zawiya", "Tajoura" = "Tajura"), and
 * doubled letters are single ("Ma'arrat" = "Maarat").
 */

// Letters NFD does not decompose into a base letter plus a combining mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

export function foldPlaceName(name: string): string {
  // Plain ASCII (most names in English text) needs no Unicode normalisation.
  const base = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD');
  return base
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŀ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    // Apostrophes and ayn/hamza marks vanish: "Bayda'" = "Bayda", "N'Djamena" = "Ndjamena".
    .replace(/['’‘`´ʿʾʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Arabic definite article in its transliterated and sun-letter-assimilated forms (al-, el-, ash-, az-, …).
const LEADING_ARTICLE = /^(?:al|el|ul|as|ash|ad|adh|az|at|ath|ar|an|ed|es|et|ez|er|en)\s+/;

export function placeKey(name: string): string {
  return foldPlaceName(name)
    .replace(LEADING_ARTICLE, '')
    .replace(/iyy/g, 'iy')
    // French-style "ou" for Arabic u: "Tajoura" = "Tajura", "Tobrouk" = "Tobruk".
    .replace(/ou/g, 'u')
    .replace(/ah\b/g, 'a')
    // Doubled letters come and go with the transliteration of a shadda: "Ma'arrat" = "Maarat".
    .replace(/([a-z])\1+/g, '$1');
}

/** True when every letter of `name` is Latin script; other scripts never occur in English news text. */
export function isLatinName(name: string): boolean {
  if (/^[A-Za-z0-9 '.,()-]+$/.test(name)) return /[A-Za-z]/.test(name);
  return /^[\p{Script=Latin}\p{M}\d\s'’‘`´ʿʾʼ.,()\-–]+$/u.test(name) && /\p{L}/u.test(name);
}
