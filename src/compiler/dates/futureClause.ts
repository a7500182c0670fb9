// Present-tense markers of the future only: "was expected to", "would" look forward from a past moment, and
// news uses them for things that (may) have happened by publication.
const FUTURE =
  /\b(?:will|shall|won't|(?<!(?:was|were|been|had)\s)(?:planned|scheduled|slated)\s+for|(?:is|are|'s|'re)\s+(?:due|expected|scheduled|set|slated|poised|going)\s+(?:to|for)|(?:plans?|planning|intends?|hopes?|aims?)\s+to|(?:is|are)\s+to\s+be|upcoming|forthcoming)\b|\w'll\b/i;
// "said on Thursday that talks will resume": the date belongs to the saying, not to what is said.
const REPORTING_BEFORE =
  /\b(?:said|says|told|announced|stated|declared|confirmed|warned|added|reported|revealed|insisted|claimed|tweeted)\s+(?:on|in|late|early)?\s*$/i;
// A reporting verb also opens a clause: in "said talks will resume on Monday" what follows it is the
// reported clause, and in '"We will fight," he said on Monday' the quote's future is not the date's.
const CLAUSE_START =
  /[.;:!?—"“”]|,\s+(?:and|but|while|whereas|although|though|after|as|having|when|which|who|before)\s|\b(?:said|says|told|announced|stated|declared|added)\b/gi;

function clauseStart(sentence: string, start: number): number {
  let cut = Math.max(0, start - 90);
  CLAUSE_START.lastIndex = cut;
  for (let m = CLAUSE_START.exec(sentence); m && m.index < start; m = CLAUSE_START.exec(sentence)) {
    cut = m.index + m[0].length;
  }
  return cut;
}

/**
 * Whether the clause around a date speaks of the future ("will meet on Friday", "is due to vote in May").
 * Looks back to the start of the clause, and forward to the next comma, or to the end of the sentence when
 * the date opens it ("On Friday, the two leaders will meet").
 */
export function isFutureClause(sentence: string, start: number, end: number): boolean {
  if (REPORTING_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const before = sentence.slice(clauseStart(sentence, start), start);
  if (FUTURE.test(before)) return true;
  const opensSentence = /^\W*(?:on|in|by|from|until|the)?\s*$/i.test(sentence.slice(0, start));
  const rest = sentence.slice(end);
  const stop = rest.search(opensSentence ? /[.;!?]/ : /[,.;:!?]|\bthat\b/);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  return FUTURE.test(after);
}
