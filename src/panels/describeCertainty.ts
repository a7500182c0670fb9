/** Certainty in words: the word first, then what it means, so it never rests on colour alone. */
import type { Certainty } from '../compiler/schema.ts';

const MEANING: Record<Certainty, string> = {
  stated: 'the outlet says so in its own voice',
  reported: 'attributed to someone else',
  alleged: 'an accusation, not established',
  unverified: 'the outlet could not verify it',
};

export const certaintyWord = (c: Certainty): string => c.charAt(0).toUpperCase() + c.slice(1);

export const certaintyMeaning = (c: Certainty): string => MEANING[c];

/** "Alleged — an accusation, not established". */
export function describeCertainty(certainty: Certainty): string {
  return `${certaintyWord(certainty)} — ${MEANING[certainty]}`;
}
