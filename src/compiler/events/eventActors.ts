import type { ActorMention } from '../actors/ActorMention.ts';
import type { TriggerMention } from './findTriggers.ts';
import type { Clause } from './splitClauses.ts';
import type { Token } from './tokenize.ts';

/** Statements that judge or demand what others did ("X announced that his forces took Y" keeps X). */
const JUDGING = /^(?:condemn|denounc|deplor|criticis|criticiz|blam|accus|decr|mourn|call|urg|demand|express|voic)/;

/**
 * The actors of the event told by `t`: those named in its clause; a participle clause ("Haftar met X in
 * Paris, having met Y in Rome") also shares the main clause's subject; a clause naming nobody takes the main
 * clause's. The speaker of "X condemned the attack" did not attack: an act reported by a judging statement
 * takes only the actors named after the statement's verb.
 */
export function eventActors(
  actors: ActorMention[], tokens: Token[], clauses: Clause[], clauseOf: (token: number) => number, triggers: TriggerMention[], t: TriggerMention,
): string[] {
  const span = (c: Clause) => [tokens[c.from]?.start ?? 0, tokens[c.to - 1]?.end ?? Infinity] as const;
  const clause = clauseOf(t.token);
  const [from, to] = span(clauses[clause]!);
  const judged = t.subType !== 'statement'
    && triggers.some((u) => u.subType === 'statement' && JUDGING.test(u.text) && clauseOf(u.token) === 0 && u.token < t.token);
  if (judged) {
    const speech = triggers.filter((u) => u.subType === 'statement' && u.token < t.token).at(-1)!;
    return actorsBetween(actors, Math.max(from, speech.end), to);
  }
  const named = actorsBetween(actors, from, to);
  const subject = actorsBetween(actors, ...span(clauses[0]!));
  const participle = clause > 0 && /(?:ing|having)$/.test(tokens[clauses[clause]!.from]!.lower);
  return named.length ? [...new Set([...(participle ? subject.slice(0, 1) : []), ...named])] : subject;
}

function actorsBetween(actors: ActorMention[], from: number, to: number): string[] {
  return [...new Set(actors.filter((a) => a.start >= from && a.end <= to).map((a) => a.actorId))];
}
