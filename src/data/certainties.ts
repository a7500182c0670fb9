/**
 * The certainty levels and their words: the word first, then what it means, so a certainty never rests on
 * colour alone. Kept by hand in the schema's enum order, surest first, because the browser does not bundle
 * zod; vocabularies.test.ts checks the table against the enum.
 */
import type { Certainty } from '../compiler/schema.ts';

export const CERTAINTY_TABLE: Record<Certainty, { word: string; meaning: string }> = {
  stated: { word: 'Stated', meaning: 'the outlet says so in its own voice' },
  reported: { word: 'Reported', meaning: 'attributed to someone else' },
  alleged: { word: 'Alleged', meaning: 'an accusation, not established' },
  unverified: { word: 'Unverified', meaning: 'the outlet could not verify it' },
};

/** Surest first: the filters, the review form and the URL parser list them so. */
export const CERTAINTIES = Object.keys(CERTAINTY_TABLE) as Certainty[];

export const certaintyWord = (c: Certainty): string => CERTAINTY_TABLE[c].word;

export const certaintyMeaning = (c: Certainty): string => CERTAINTY_TABLE[c].meaning;

/** "Alleged — an accusation, not established". */
export const describeCertainty = (c: Certainty): string => `${certaintyWord(c)} — ${certaintyMeaning(c)}`;
