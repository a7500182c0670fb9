import type { Clause } from './splitClauses.ts';
import type { TriggerMention } from './findTriggers.ts';
import type { Token } from './tokenize.ts';

/** Anything found at a place in the sentence: a date, a place. */
interface Span {
  start: number;
  end: number;
}

/**
 * Decides which trigger each date or place belongs to: the nearest one in its clause, preferring the
 * trigger before it ("met … in Paris on Thursday") over the one after. A mention in a clause with no
 * trigger ("On Monday, after days of calm, militias clashed") goes to the nearest trigger of the sentence
 * outside reported speech. Returns, per trigger index, the mentions it received, in text order.
 */
export function attachMentions<T extends Span>(
  mentions: T[],
  triggers: TriggerMention[],
  clauses: Clause[],
  tokens: Token[],
  /** Triggers that may receive mentions; a weak word beside a strong one should not take its date. */
  receives: boolean[] = triggers.map(() => true),
  /** Which triggers may take mentions from a clause that has none of its own. */
  orphanReceivers: boolean[] = receives,
  /**
   * Dates: a comma after the mention closes it too ("a conference planned for mid-April, flew to…"). Not
   * places, which an appositive often names after a comma ("from Zintan, who have held it").
   */
  commaCloses = false,
): T[][] {
  const byTrigger: T[][] = triggers.map(() => []);
  const clauseOfToken = (i: number) => clauses.findIndex((c) => i >= c.from && i < c.to);
  const triggerClause = triggers.map((t) => clauseOfToken(t.token));
  for (const m of mentions) {
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    const clause = clauseOfToken(first);
    let candidates = triggers.map((_, i) => i).filter((i) => receives[i] && triggerClause[i] === clause);
    if (candidates.length === 0) {
      candidates = triggers.map((_, i) => i).filter((i) => orphanReceivers[i] && clauses[triggerClause[i]!]?.relation !== 'reported');
    }
    let best = -1;
    let bestDistance = Infinity;
    for (const i of candidates) {
      const t = triggers[i]!;
      // "seized Aleppo by 30 November and took Hama on Thursday": a conjunction between a mention and the
      // trigger after it closes the conjunct the mention ends.
      const closed = conjoinedBefore(tokens, last, t.token) || (commaCloses && punctuatedBefore(tokens, last, t.token));
      const d = t.token <= first ? first - t.token : (t.token - last) * (closed ? 4 : 1.5);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    }
    if (best >= 0) byTrigger[best]!.push(m);
  }
  return byTrigger;
}

const CONJUNCTION = /^(?:and|but|then|or|while|whereas)$/;

/** Whether a conjunction stands between the mention's last token and the trigger at `to`. */
function conjoinedBefore(tokens: Token[], last: number, to: number): boolean {
  for (let j = last + 1; j < to; j++) if (CONJUNCTION.test(tokens[j]!.lower)) return true;
  return false;
}

/** Whether punctuation stands between the mention's last token and the trigger at `to` (tokens carry none: a gap of more than one character is taken for it). */
function punctuatedBefore(tokens: Token[], last: number, to: number): boolean {
  for (let j = last + 1; j <= to; j++) if (tokens[j]!.start - tokens[j - 1]!.end > 1) return true;
  return false;
}

/** Index of the token containing (or first after) a character offset. */
function tokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.length - 1 : i;
}
