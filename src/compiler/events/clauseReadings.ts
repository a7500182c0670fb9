/**
 * What the words around a trigger say about it: that it is quoted, reported in the passive, followed by a
 * modal, told in a clause about someone, or earlier than the story's time.
 */
import type { Clause } from './splitClauses.ts';
import type { Token } from './tokenize.ts';

const BE = /^(?:is|are|was|were|been|being|be)$/;
const MODAL = /^(?:would|will|could|should|might|must|can)$/;
const CLAUSE_TURN = /^(?:but|while|as|when|which|who|that|after|before)$/;

/**
 * Words in quotation marks inside a sentence are a name or a phrase held at a distance ("the 'mother of
 * battles'"), not the outlet's report. A sentence that is all quotation is handled by the discourse layer.
 */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<![\p{L}])["“‘']([^"”’]{1,80})["”’](?![\p{L}])/gu)) {
    // A single word in quotation marks is held at a distance but still told: his forces had "liberated" X.
    if (m.index === 0 || !/\s/.test(m[1]!.trim())) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** "He has been accused of…", "the attack was condemned": a statement verb in the passive, with no "by". */
export function passiveWithoutAgent(tokens: Token[], at: number): boolean {
  const aux = tokens[at - 1]?.lower === 'widely' || tokens[at - 1]?.lower === 'also' ? tokens[at - 2] : tokens[at - 1];
  if (!aux || !BE.test(aux.lower)) return false;
  return !tokens.slice(at + 1, at + 8).some((t) => t.lower === 'by');
}

/** "the withdrawal of forces would begin within days", "a battle for the port could cut off supplies". */
export function modalLater(tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = at + 1; j < Math.min(clause.to, at + 10); j++) {
    const w = tokens[j]!.lower;
    if (MODAL.test(w)) return true;
    if (CLAUSE_TURN.test(w)) return false;
  }
  return false;
}

/** In reported speech the past perfect is only the tense shifted back: "Benghazi had fallen, he announced". */
const REPORTING = /\b(?:said|says|say|announced|announces|told|reported|reports|added|claimed|claims|confirmed|declared|stated|according to)\b/i;

/**
 * "had been pushed back", "had seized": the past perfect tells what came before the narrative's time —
 * unless the sentence reports speech, where it is only the tense shifted back.
 */
export function isEarlier(sentence: string, tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = Math.max(clause.from, at - 4); j < at; j++) {
    if (tokens[j]!.lower === 'had' || tokens[j]!.lower === "'d") return !REPORTING.test(sentence);
  }
  return false;
}

/**
 * "Gadhafi, who was ousted and killed in 2011": what a relative clause says about a person is background to
 * the story, not news of it.
 */
export function inRelativeClause(text: string, tokens: Token[], clause: Clause, at: number): boolean {
  for (let j = at - 1; j >= Math.max(clause.from, at - 8); j--) {
    const w = tokens[j]!.lower;
    // Only a clause set off by a comma adds background; "fighters who stormed the prison" says who acted.
    // "…, who", or "Moammar Gadhafi who…": a clause about a named person.
    if (w === 'who' || w === 'whom') return j > 0 && (/,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) || tokens[j - 1]!.cap);
    if (w === 'when' || w === 'as' || w === 'after' || w === 'and') return false;
  }
  return false;
}
