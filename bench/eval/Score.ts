import type { Event } from '../../src/compiler/schema.ts';

/**
 * What scoring one article produces, whatever the corpus format. Both corpora report misses and extras in
 * the same classes, so their breakdowns can be read side by side.
 */

/**
 * Why a gold event was missed, judged from the predicted events read from the same sentence:
 * - `no event`: none was read from it;
 * - `date missing` / `date wrong`: one was, with the right place but no date / another date;
 * - `place missing` / `place wrong`: one was, with the right date but no place / another place;
 * - `date and place`: one was, wrong on both;
 * - `taken`: the one read from it went to another gold event of the same sentence (project corpus only).
 */
export type MissClass = 'no event' | 'date missing' | 'date wrong' | 'place missing' | 'place wrong' | 'date and place' | 'taken';

export const MISS_CLASSES: MissClass[] = ['no event', 'date missing', 'date wrong', 'place missing', 'place wrong', 'date and place', 'taken'];

/**
 * Why a predicted event matched nothing:
 * - `extra (non-event sentence)`: read from a sentence that states no gold event (background, commentary);
 * - `extra (event sentence)`: read from a sentence that does, but with a date or place that fits none of them.
 */
export type ExtraClass = 'extra (non-event sentence)' | 'extra (event sentence)';

export const EXTRA_CLASSES: ExtraClass[] = ['extra (non-event sentence)', 'extra (event sentence)'];

export interface Miss {
  class: MissClass;
  evidence: string;
  gold: { date: string; place: string };
  /** The date and place of each predicted event read from the same sentence. */
  got: { date: string; place: string }[];
}

export interface Extra {
  class: ExtraClass;
  quote: string;
  date: string;
  place: string;
}

export interface ArticleScore {
  name: string;
  /** Gold events that count for recall (the optional ones do not). */
  gold: number;
  predicted: number;
  /** Gold events (of `gold`) that some predicted event matches. */
  found: number;
  /** Predicted events that match some gold event. */
  correct: number;
  misses: Miss[];
  extras: Extra[];
  /** The compiler threw on this article: its gold counts as missed. */
  error?: string;
}

export interface CorpusScore {
  corpus: string;
  rule: string;
  articles: ArticleScore[];
  /** Problems with the annotation itself (evidence not in the text). */
  warnings: string[];
}

export function totals(score: CorpusScore): { gold: number; predicted: number; found: number; correct: number; recall: number; precision: number } {
  const sum = (f: (a: ArticleScore) => number) => score.articles.reduce((n, a) => n + f(a), 0);
  const gold = sum((a) => a.gold);
  const predicted = sum((a) => a.predicted);
  const found = sum((a) => a.found);
  const correct = sum((a) => a.correct);
  return { gold, predicted, found, correct, recall: ratio(found, gold), precision: ratio(correct, predicted) };
}

/**
 * Scores one article; an extractor that throws on it scores nothing found, with the error kept, so one
 * crash does not hide the other articles' scores.
 */
export function scoreSafely(score: (predicted: Event[]) => ArticleScore, extract: () => Event[]): ArticleScore {
  try {
    return score(extract());
  } catch (error) {
    return { ...score([]), error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Nothing to find and nothing found is perfect, not undefined. */
export function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}
