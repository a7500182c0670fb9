import type { SpanMatch } from './matchSpans.ts';
import { NATURAL_FEATURE_WORDS } from './notPlaceWords.ts';

/** "the Oskil River", "the Nafusa Mountains": a feature word right after the name. */
export function namesNaturalFeature(m: SpanMatch): boolean {
  const next = m.tokens[m.last + 1];
  return !!next && next.gapBefore === ' ' && NATURAL_FEATURE_WORDS.has(next.text.toLowerCase());
}
