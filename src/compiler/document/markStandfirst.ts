import type { Paragraph } from './Paragraph.ts';

/** Standfirsts, captions and datelines sit in the first paragraphs of a page. */
const HEADER_PARAGRAPHS = 12;
/** A standfirst is a sentence or two; a long first paragraph is the story itself (a Wikipedia lead). */
const MAX_WORDS = 35;
const MAX_WORDS_BEFORE_DATELINE = 60;
/** Share of the standfirst's content words that the lead repeats. */
const RETOLD = 0.5;
/** Share for a paragraph printed twice (page scrapes repeat the lead as standfirst and as story). */
const DUPLICATE = 0.9;
/** Body paragraphs that may be a standfirst, and how far below its twin may be printed. */
const HEADER_BODIES = 3;
const TWIN_REACH = 3;

// Words of four letters or more that carry no content of their own.
const STOP = new Set(
  ('with from that this have been were which while their they them there than then when where what also into ' +
    'about over more most said says will would could should after before some such other very just only being').split(' '),
);

/** Content words, cut to five letters so that "jihadist" and "jihadists", "shelled" and "shelling" meet. */
function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []) {
    const bare = w.replace(/['’]s$/, '');
    if (!STOP.has(bare)) words.add(bare.slice(0, 5));
  }
  return words;
}

function shareIn(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const sentenceCount = (text: string) => text.split(/[.!?…]["”’')\]]*\s+(?=\p{Lu})/u).length;

/**
 * Labels the standfirst: the summary above the story, which the event layer reads as context instead of
 * making a second event of each thing the lead then tells in full. Three signs, each conservative since a
 * real first paragraph must never be lost:
 * - short body paragraphs above a wire dateline (`TRIPOLI (Reuters) -`): the story starts at the dateline;
 * - a short first paragraph whose content words the next paragraph mostly repeats (the lead retells it);
 * - a paragraph printed again, near word for word, just below.
 * `datelineIndex` is the index of the dateline's paragraph, if any. Mutates `paragraphs`.
 */
export function markStandfirst(paragraphs: Paragraph[], text: string, datelineIndex: number | null): void {
  const slice = (p: Paragraph) => text.slice(p.start, p.end);
  const top = paragraphs.slice(0, Math.min(paragraphs.length, HEADER_PARAGRAPHS));
  if (datelineIndex !== null) {
    for (const p of top.slice(0, datelineIndex)) {
      const t = slice(p);
      if (p.kind === 'body' && wordCount(t) <= MAX_WORDS_BEFORE_DATELINE && sentenceCount(t) <= 2) p.kind = 'standfirst';
    }
  }
  const bodies = top.filter((p) => p.kind === 'body').slice(0, HEADER_BODIES + TWIN_REACH);
  const words = new Map<Paragraph, Set<string>>();
  const wordsOf = (p: Paragraph) => words.get(p) ?? words.set(p, contentWords(slice(p))).get(p)!;
  const [first, second] = bodies;
  if (first && second) {
    const t = slice(first);
    const count = wordCount(t);
    if (count <= MAX_WORDS && sentenceCount(t) <= 2 && wordCount(slice(second)) >= count && shareIn(wordsOf(first), wordsOf(second)) >= RETOLD) {
      first.kind = 'standfirst';
    }
  }
  for (const [i, p] of bodies.slice(0, HEADER_BODIES).entries()) {
    if (p.kind !== 'body') continue;
    const length = p.end - p.start;
    const twin = bodies.slice(i + 1, i + 1 + TWIN_REACH).some((q) => {
      // Twins have about the same length; most pairs are ruled out before their words are compared.
      if (Math.abs(q.end - q.start - length) > 0.3 * length) return false;
      const mine = wordsOf(p);
      return mine.size >= 4 && shareIn(mine, wordsOf(q)) >= DUPLICATE && shareIn(wordsOf(q), mine) >= DUPLICATE * 0.8;
    });
    if (twin) p.kind = 'standfirst';
  }
}
