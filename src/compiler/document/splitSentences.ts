/** A sentence of a paragraph; `start`/`end` index into the document text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  line: number;
}

/** Words that end in a full stop without ending a sentence. Lower case, without the stop. */
const abbreviations = new Set(
  ('mr mrs ms dr gen lt col maj capt cpt sgt adm cmdr brig rep sen gov pres prof rev fr st mt jr sr no nos vol fig ' +
    'vs etc inc ltd co corp approx est dept govt jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.n u.k e.u a.m p.m e.g i.e')
    .split(' '),
);

// A sentence ends at a stop, closing quotes or brackets, and Wikipedia's citation marks ("…in 2017.[5] The").
// The runs are bounded so a line of ten thousand dots or brackets costs a constant per character, not the run.
const boundary = /([.!?…]{1,8})(["”’')\]]{0,8}(?:\[\d{1,3}\]){0,4})(\s+)(?=["“‘'([]?[\p{Lu}\d])/gu;

/**
 * The longest sentence handed on (the longest in the eval corpora is under 1,600 characters). Text without
 * stops — a scraped table, a 10 MB line of words — is cut into windows of at most this size at a space, so
 * every later stage (dates, places, actors, clauses) works on bounded input and a document costs time in
 * proportion to its length (issue 16.2).
 */
export const MAX_SENTENCE = 2000;

/** How far back a word is looked for to tell an abbreviation: longer words are never abbreviations. */
const WORD_REACH = 24;

/**
 * Splits a paragraph into sentences. A hand-written splitter is an order of magnitude faster than an NLP
 * pipeline and good enough for edited news prose; the cases it knows are abbreviations and initials.
 * Linear in the paragraph: line numbers are counted on from the previous sentence, never from the start.
 */
export function splitSentences(text: string, paragraphStart: number, paragraphLine: number, docText: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let line = paragraphLine;
  let counted = paragraphStart;
  for (const m of text.matchAll(boundary)) {
    const stop = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && isAbbreviation(text, from, m.index)) continue;
    push(from, stop);
    from = stop + m[3]!.length;
  }
  push(from, text.length);
  return sentences;

  function push(a: number, b: number) {
    while (b - a > MAX_SENTENCE) {
      const cut = windowEnd(text, a, a + MAX_SENTENCE);
      emit(a, cut);
      a = cut;
    }
    emit(a, b);
  }

  function emit(a: number, b: number) {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const start = paragraphStart + a + lead;
    line += countNewlines(docText, counted, start);
    counted = start;
    sentences.push({ text: trimmed.replace(/\s+/g, ' '), start, end: start + trimmed.length, line });
  }
}

/** Where a window of overlong text ends: after the last space before `limit`, else at it (not inside a surrogate pair). */
function windowEnd(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_SENTENCE / 2; i--) if (/\s/.test(text[i - 1]!)) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function isAbbreviation(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - WORD_REACH), at);
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["“‘'([]+/, '').toLowerCase();
  // "J. Smith", "U.S." — single letters and dotted acronyms are initials, not sentence ends.
  return abbreviations.has(bare) || /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
