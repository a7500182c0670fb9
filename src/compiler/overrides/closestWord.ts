/**
 * The candidate nearest to `word` by edit distance, when it is near enough to be the likely intent:
 * powers "did you mean" hints for misspelt keys, enum values and ids.
 */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance with one rolling row: candidate lists are short, so no cleverer bound is needed. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** ` (did you mean "x"?)`, or nothing: appended to a message so the hint never reads as a second error. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = closestWord(word, candidates);
  return hint && hint !== word ? ` (did you mean "${hint}"?)` : '';
}
