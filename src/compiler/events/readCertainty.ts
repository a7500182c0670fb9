import type { Certainty } from '../schema.ts';

const unverified = /\b(?:could not|couldn't|cannot|can't|has not been|have not been|was not|were not|not)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|\bunverified\b|\bunconfirmed\b/i;
const alleged = /\b(?:alleged(?:ly)?|accus(?:ed|es|ing|ations?)|claims? that|purported(?:ly)?)\b/i;
const reported = /\b(?:reportedly|according to|said|says|told|reports?(?:ed)?|claimed|sources|witnesses|residents said|is understood|it is believed)\b/i;

/** Whether a sentence disclaims what came before it ("We could not independently verify the video."). */
export function isDisclaimer(sentence: string): boolean {
  return unverified.test(sentence);
}

/**
 * How sure the text is of the event triggered at `triggerStart`. An allegation counts only if it comes
 * before the trigger ("accused of ordering attacks"; "held talks, allegedly to…" leaves the talks stated);
 * an attribution anywhere in the sentence makes it reported ("…, the ministry said").
 */
export function readCertainty(sentence: string, triggerStart: number): Certainty {
  if (unverified.test(sentence)) return 'unverified';
  if (alleged.test(sentence.slice(0, triggerStart))) return 'alleged';
  if (reported.test(sentence)) return 'reported';
  return 'stated';
}

/** From most to least sure: a merged event is as sure as its surest source. */
export const certaintyRank: Record<Certainty, number> = { stated: 0, reported: 1, alleged: 2, unverified: 3 };
