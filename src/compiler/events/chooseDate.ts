import type { DateMention } from '../dates/DateMention.ts';
import type { EventDate } from '../schema.ts';

const rank = { day: 0, month: 1, year: 2 } as const;

/**
 * The date given for the event. When the sentence says it began on one date and ended on another, the
 * event is the range between them.
 */
export function chooseDate(mentions: DateMention[], sentence: string, triggerStart: number, sustained: boolean): EventDate | null {
  // "a three-year siege … on Wednesday": the duration that qualifies the trigger is the event's span.
  const qualifying = mentions.find((d) => d.kind === 'duration' && d.date && d.start <= triggerStart && d.end >= triggerStart - 3);
  if (qualifying) return qualifying.date;
  // Elsewhere in the sentence a duration measures fighting ("the battle lasted six months"), not a deal
  // that is "the first in four years of war".
  // Nor does a date that belongs to another event ("seven years after the conflict") or to a backdrop
  // ("Gaddafi, who was killed in 2011") date this one.
  const usable = mentions.filter((d) => d.date && !d.future && !d.complement && !d.background && (sustained || d.kind !== 'duration'));
  const dated = usable.map((d) => d.date!);
  // The date nearest the trigger ("In March 2017 they seized the port, only to lose it on 14 March");
  // between two about as near, the finer ("in 2011 … on 19 March 2011").
  const distance = (d: DateMention) => (d.end <= triggerStart ? triggerStart - d.end : Math.max(0, d.start - triggerStart));
  let best: EventDate | null = null;
  let bestScore = Infinity;
  for (const d of usable) {
    const score = distance(d) + 15 * rank[d.date!.precision];
    if (score < bestScore) [best, bestScore] = [d.date!, score];
  }
  const singles = dated.filter((d) => !d.end);
  if (singles.length >= 2 && /\b(?:began|started|lasted|ran)\b/i.test(sentence) && /\b(?:ended|until|till|through)\b/i.test(sentence)) {
    const first = singles[0]!;
    const last = singles[singles.length - 1]!;
    if (first.start < last.start && first.precision === last.precision) return { start: first.start, end: last.start, precision: first.precision };
  }
  return best;
}
