import type { Diagnostic } from '../schema.ts';

/**
 * How much of one document is read for events. A news article is well under 100 KB; a file ten times
 * larger than any report is a dump or an attack, and reading it all would hold up every build. The budget
 * is counted in characters, not seconds: a clock would make the dataset depend on the machine that built it.
 * Everything the compiler does per document is linear in its length (issue 16.2), so this bounds its time.
 */
export const READING_BUDGET = 1_000_000;

/** The warning for a document read only up to `line`, where the sentence past the budget starts. */
export function overBudget(file: string, line: number, length: number): Diagnostic {
  const mb = (length / 1e6).toFixed(1);
  return {
    severity: 'warning',
    file,
    line,
    message: `document too long (${mb} million characters): events are read from its first ${READING_BUDGET.toLocaleString('en')} characters only, up to this line; split it into articles`,
  };
}
