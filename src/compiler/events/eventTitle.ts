import type { EventPlace } from '../schema.ts';

/** Nouns that read best with "of" ("Siege of Benghazi") or "to" ("Visit to Rome") before a place. */
const preposition: Record<string, string> = {
  Siege: 'of', Liberation: 'of', Capture: 'of', Evacuation: 'of', Bombing: 'of', Shelling: 'of', Blockade: 'of',
  Battle: 'for', Visit: 'to', Offensive: 'on', Withdrawal: 'from',
};

/** A short, factual title built from what was extracted, never from free text: "Meeting in Paris". */
export function eventTitle(label: string, place: EventPlace | null, actorName: string | undefined): string {
  const where = place ? ` ${preposition[label] ?? 'in'} ${place.name}` : '';
  const who = actorName ? ` (${actorName})` : '';
  return `${label}${where}${who}`;
}
