import type { SentenceToken } from './tokenizeSentence.ts';

export interface BracketAcronym {
  acronym: string;
  /** Index of the closing bracket. */
  close: number;
}

const OPEN_CLOSE: Record<string, string> = { '(': ')', '[': ']' };

/** "Libyan National Army [LNA]", "(LNA)": an acronym in brackets right after token `last` defines an alias. */
export function bracketAcronymAfter(tokens: readonly SentenceToken[], last: number): BracketAcronym | undefined {
  const open = tokens[last + 1];
  const inner = tokens[last + 2];
  const close = tokens[last + 3];
  if (!open || !inner || !close) return undefined;
  if (OPEN_CLOSE[open.text] !== close.text || inner.shape !== 'upper') return undefined;
  return { acronym: inner.text, close: last + 3 };
}

/** Whether an acronym spells the initials of a name's capitalised words: "Government of National Salvation" → GNS. */
export function spellsInitials(acronym: string, words: readonly SentenceToken[]): boolean {
  const capitals = words.filter((w) => w.shape !== 'lower' && w.shape !== 'other').map((w) => w.text[0]).join('');
  const all = words.filter((w) => w.shape !== 'other').map((w) => w.text[0]!.toUpperCase()).join('');
  const letters = acronym.replace(/\./g, '');
  return letters.length >= 2 && (letters === capitals || letters === all);
}
