import type { Candidate } from '../events/Candidate.ts';
import type { Diagnostic } from '../schema.ts';

/**
 * A report tells what has happened: an event it dates after its own publication (at the date's
 * precision: a March event in an article of 10 March is not) is most likely a misread date, a wrong year or
 * a typo in the article. Kept, and said, so an editor checks it; a scheduled event ("talks will open on
 * 5 May") is not read as an event at all, so this does not fire on announcements.
 */
export function afterPublication(candidates: readonly Candidate[], published: string | null, file: string): Diagnostic[] {
  if (!published) return [];
  const diagnostics: Diagnostic[] = [];
  for (const c of candidates) {
    if (!c.date || c.present) continue;
    const start = c.date.start;
    if (start <= published.slice(0, start.length)) continue;
    const source = c.sources[0];
    diagnostics.push({
      severity: 'warning',
      file,
      line: source?.line ?? 1,
      message: `an event dated ${start}, after the article's publication (${published}): check the date ("${source?.quote.slice(0, 80) ?? ''}")`,
    });
  }
  return diagnostics;
}
