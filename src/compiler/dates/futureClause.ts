// Present-tense markers of the future only: "was expected to", "would" look forward from a past moment, and
// news uses them for things that (may) have happened by publication.
const FUTURE =
  /\b(?:will|shall|won't|(?<!(?:was|were|been|had)\s)(?:planned|scheduled|slated)\s+for|(?:is|are|'s|'re)\s+(?:due|expected|scheduled|set|slated|poised|going)\s+(?:to|for)|(?<!\b(?:a|an|the|its|their|his|her|our|this|that)\s)(?:plans?|planning|intends?|hopes?|aims?)\s+to|(?:is|are)\s+to\s+be|upcoming|forthcoming)\b|\w'll\b/i;
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

// A finite verb in the past: "-ed" not after an auxiliary of the passive or the infinitive ("will be held",
// "to be completed"), or a common irregular past. Enough to see that a clause has moved on from a future.
const PAST_VERB =
  /\b(?<!\b(?:be|been|being|to|will|would|shall|can|could|may|might|must|should)\s)(?:[a-z]{3,}ed|struck|fell|took|began|fought|shot|came|went|led|met|sent|won|lost|left|fled|broke|hit|flew|held|made|gave|drove|ran|rode|spoke|stood|saw|threw|built|kept|brought|caught|sought|overran|withdrew|blew|swept|tore|spread)\b/;
// What ends the main clause of a sentence that opens with its date: a subordinate clause or reported speech.
const MAIN_CLAUSE_END =
  /[.;!?"“”]|\b(?:that|as|while|whereas|after|before|when|because|although|though|since|until|who|which|said|says|told|announced|stated|warned|added)\b/i;

/** "June 2012 - World powers meet…": the date heading a timeline item dates the item, whatever its tense. */
function headsTimelineItem(sentence: string, start: number, end: number): boolean {
  return /^\W*$/.test(sentence.slice(0, start)) && /^\s*[-–—:]\s/.test(sentence.slice(end));
}

/**
 * Whether the clause around a date speaks of the future ("will meet on Friday", "is due to vote in May").
 * Looks back to the start of the clause, and forward to the next comma, or to the end of the main clause when
 * the date opens the sentence ("On Friday, the two leaders will meet"). A past verb after the future marker
 * closes the future ("forces, which are expected to attack, shelled the area on Wednesday night"), and so
 * does a subordinate clause or reported speech after an opening date ("On Wednesday night, shells hit the
 * city as officials warned that fighting will spread").
 */
export function isFutureClause(sentence: string, start: number, end: number): boolean {
  if (headsTimelineItem(sentence, start, end)) return false;
  if (REPORTING_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const before = sentence.slice(clauseStart(sentence, start), start);
  const future = FUTURE.exec(before);
  if (future) {
    const rest = before.slice(future.index + future[0].length);
    const lastSegment = rest.slice(rest.lastIndexOf(',') + 1);
    return !(rest.includes(',') && PAST_VERB.test(lastSegment));
  }
  const opensSentence = /^\W*(?:on|in|by|from|until|the)?\s*$/i.test(sentence.slice(0, start));
  const rest = sentence.slice(end);
  // "fighting erupted on Saturday after weeks of tension over a plan to…": what follows a subordinator is
  // another clause's.
  const stop = rest.search(opensSentence ? MAIN_CLAUSE_END : /[,.;:!?]|\b(?:that|after|before|because|since|until|following|amid|while|when)\b/);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  return FUTURE.test(after);
}
