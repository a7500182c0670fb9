/** Certainty in words for the details panel: the word first, then what it means. */
import type { Certainty } from '../compiler/schema.ts';

const CERTAINTY: Record<Certainty, string> = {
  stated: 'Stated — the outlet says so in its own voice',
  reported: 'Reported — attributed to someone else',
  alleged: 'Alleged — an accusation',
  unverified: 'Unverified — the outlet could not verify it',
};

/** The certainty as a word with a short gloss. */
export function describeCertainty(certainty: Certainty): string {
  return CERTAINTY[certainty];
}
