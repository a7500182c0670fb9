import type { Token } from './tokenize.ts';

/**
 * How a clause hangs on the one before it, which decides whether it shares that clause's date:
 * - `main`: the sentence's first clause;
 * - `simultaneous` ("…, as the envoy announced…", "while", "when", "; and"): same time as before;
 * - `prior` ("having met…", "after…", "following…"): earlier, so it keeps only its own date;
 * - `reported` ("heard how…", "said that…"): the content of a report, dated only by itself.
 */
export type ClauseRelation = 'main' | 'simultaneous' | 'prior' | 'reported';

export interface Clause {
  /** Token range [from, to). */
  from: number;
  to: number;
  relation: ClauseRelation;
}

const opener: Record<string, ClauseRelation> = {
  having: 'prior',
  after: 'prior',
  following: 'prior',
  before: 'simultaneous',
  as: 'simultaneous',
  while: 'simultaneous',
  when: 'simultaneous',
  whereas: 'simultaneous',
  but: 'simultaneous',
  which: 'simultaneous',
  where: 'simultaneous',
};

/** Verbs of saying; the clause after "how" / "that" following one of them is reported content. */
const reporting = /^(?:said|says|say|told|heard|reported|claimed|alleged|stated|announced|added|warned|accused|learned|revealed|showed|insisted|confirmed|denied)$/;

/**
 * Splits a sentence into clauses at commas, semicolons and dashes followed by a subordinating word, and at
 * "how"/"that" after a verb of saying. It is deliberately shallow: news sentences are mostly a main clause
 * with one or two appended ones, and a wrong split costs less than a parser on every sentence.
 */
export function splitClauses(sentence: string, tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let relation: ClauseRelation = 'main';
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = sentence.slice(tokens[i - 1]!.end, t.start);
    let next: ClauseRelation | undefined;
    if (/[,;:–—]/.test(gap) && opener[t.lower]) next = opener[t.lower];
    else if (/[,;:–—]/.test(gap) && timeBefore(tokens, i)) next = 'prior';
    else if (/;/.test(gap)) next = 'simultaneous';
    // ", and since August 1 the United States has…": a second clause with its own time or subject.
    else if (/,/.test(gap) && (t.lower === 'and' || t.lower === 'but') && /^(?:since|on|in|by|after|before|during|from|until|at|the|a|an|this|that|then|later)$/.test(tokens[i + 1]?.lower ?? '')) next = 'simultaneous';
    else if ((t.lower === 'how' || t.lower === 'that') && saidJustBefore(tokens, i)) next = 'reported';
    if (!next) continue;
    clauses.push({ from, to: i, relation });
    from = i;
    relation = next;
  }
  clauses.push({ from, to: tokens.length, relation });
  return clauses;
}

/** "said that", "heard on Tuesday how": a verb of saying up to three words back. */
function saidJustBefore(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++) if (reporting.test(tokens[j]!.lower)) return true;
  return false;
}

/** ", hours after gunmen killed…", ", two days before the vote": a time span leading into after/before. */
function timeBefore(tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const w = tokens[j]!.lower;
    if (w === 'after' || w === 'before') return j > i;
    if (!/^(?:a|an|one|two|three|four|five|six|seven|several|few|just|shortly|only|hours?|days?|weeks?|months?|minutes?)$/.test(w)) return false;
  }
  return false;
}
