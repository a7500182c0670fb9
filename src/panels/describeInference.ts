/** Why a date or place the event's own sentence does not give is shown: where the atlas took it from. */
import type { Inference } from '../compiler/schema.ts';

/** "Not in the event's sentence: taken from the publication date." and the like, for a date or a place. */
export function describeInference(inference: Inference, what: 'date' | 'place'): string {
  switch (inference.from) {
    case 'publication':
      return 'Inferred: the text gives no date, so the publication date is shown (news of the day).';
    case 'dateline':
      return 'Inferred: the sentence names no place; taken from the story’s dateline.';
    case 'context':
      return what === 'date'
        ? 'Inferred: the sentence gives no date; taken from the story’s time in the sentence below.'
        : 'Inferred: the sentence points back to a place (“the city”, “the battle”) named in the sentence below.';
  }
}
