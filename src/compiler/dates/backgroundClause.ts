import type { DatePrecision } from '../schema.ts';

// A relative clause about a person ("Gadhafi, who was ousted and killed in 2011") tells that person's past;
// one about a thing ("the port, which rebels took in 2014") too, when it gives only a year.
const PERSON = /\b(?:who|whom|whose)\b/gi;
const THING = /\bwhich\b/gi;
// The relative clause is over at a clause boundary.
const CLAUSE_END = /[,;:()—–"“”]/;

function lastBefore(re: RegExp, text: string): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = { start: m.index, end: m.index + m[0].length };
  return last;
}

/**
 * Whether the date at `start` sits in a relative clause that tells background ("X, who was ousted and
 * killed in 2011, reputedly draws…"). Such a year must not become the year in context: a later "in June"
 * is this June, not June 2011. A question ("Who attacked…?") is not a relative clause.
 */
export function inBackgroundClause(sentence: string, start: number, precision: DatePrecision | undefined): boolean {
  const from = Math.max(0, start - 120);
  const before = sentence.slice(from, start);
  const person = lastBefore(PERSON, before);
  const thing = precision === 'year' ? lastBefore(THING, before) : null;
  const pronoun = !person ? thing : !thing ? person : person.end > thing.end ? person : thing;
  if (!pronoun || sentence.slice(0, from + pronoun.start).trim() === '') return false;
  // A thousands separator ("1,200 prisoners") does not end the clause.
  return !CLAUSE_END.test(before.slice(pronoun.end).replace(/(\d),(?=\d{3})/g, '$1'));
}

// "since the coalition intervened in March 2015": "since" opening a clause of its own, with its verb.
const SINCE_CLAUSE = /\bsince\s+(?:[\w'’-]+\s+){1,8}?(?:[a-z]{3,}ed|began|took|fell|came|broke|won|lost|fled|left|began|seized|struck)\s+(?:[\w'’-]+\s+){0,4}$/i;

/**
 * Whether the date at `start` dates the clause that "since" opens ("attacks have continued since the
 * coalition intervened in March 2015"): that is the backdrop's date; the sentence's own events run from it
 * and are not of it. "since March 2015" alone, with no verb between, is read as a span (resolveSince).
 */
export function inSinceClause(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 100), start);
  const m = SINCE_CLAUSE.exec(before);
  return m !== null && !CLAUSE_END.test(before.slice(m.index));
}
