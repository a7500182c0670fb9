/**
 * Reported casualties in words, shared by the details panel, the Events list, the print handout, story
 * captions and the ACLED export (docs/DATA.md, "Casualties"). Counts of different sources are never added
 * up: one source's count is told with its hedge; several sources' counts of one event are told as the range
 * they span, with how many sources gave them.
 */
import type { CasualtyFigure, Casualties, Source } from '../compiler/schema.ts';

export type CasualtyKind = 'killed' | 'injured';
const KINDS: CasualtyKind[] = ['killed', 'injured'];

const number = new Intl.NumberFormat('en');
const n = (x: number) => number.format(x);

/** One count with its hedge: "at least 8 killed", "40–50 killed", "killed, no number given (“dozens”)". */
export function describeFigure(kind: CasualtyKind, f: CasualtyFigure): string {
  switch (f.hedge) {
    case 'exact': return `${n(f.min ?? f.max ?? 0)} ${kind}`;
    case 'at least': return `at least ${n(f.min ?? 0)} ${kind}`;
    case 'more than': return `more than ${n(f.min ?? 0)} ${kind}`;
    case 'up to': return `up to ${n(f.max ?? 0)} ${kind}`;
    case 'about': return `about ${n(f.min ?? f.max ?? 0)} ${kind}`;
    case 'range': return `${n(f.min ?? 0)}–${n(f.max ?? 0)} ${kind}`;
    case 'unknown': return `${kind}, no number given (“${f.text}”)`;
  }
}

/** What one source reports: "at least 8 killed, 98 injured", or null when it gives no count. */
export function describeCasualties(c: Casualties | undefined): string | null {
  if (!c) return null;
  const parts = KINDS.flatMap((k) => (c[k] ? [describeFigure(k, c[k])] : []));
  return parts.length ? parts.join(', ') : null;
}

const sameFigure = (a: CasualtyFigure, b: CasualtyFigure) => a.min === b.min && a.max === b.max && a.hedge === b.hedge;

/**
 * One kind over an event's sources: the count when every source that gives one agrees; else the span of
 * the numbers they state, "8–12 killed (3 sources)"; a vague count only when no source gives a number.
 */
export function summarizeKind(kind: CasualtyKind, sources: readonly Source[]): string | null {
  const figures = sources.flatMap((s) => (s.casualties?.[kind] ? [s.casualties[kind]] : []));
  if (figures.length === 0) return null;
  if (figures.every((f) => sameFigure(f, figures[0]!))) return describeFigure(kind, figures[0]!);
  const numbers = figures.flatMap((f) => [f.min, f.max]).filter((x): x is number => x !== null);
  if (numbers.length === 0) return `${kind}, no number given (${figures.length} sources)`;
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  return `${lo === hi ? n(lo) : `${n(lo)}–${n(hi)}`} ${kind} (${figures.length} sources)`;
}

/** An event's casualties in brief, for the list and print: "at least 8 killed, 98 injured", or null. */
export function summarizeCasualties(sources: readonly Source[]): string | null {
  const parts = KINDS.flatMap((k) => summarizeKind(k, sources) ?? []);
  return parts.length ? parts.join(', ') : null;
}

/**
 * The number for ACLED's `fatalities` column. ACLED codes the most conservative report; we take the lowest
 * lower bound any source states for the killed ("at least 8" and "12" give 8; "more than 20" gives 20).
 * Null — an empty cell — when no source gives one: a vague count ("dozens"), "up to 30" alone, or no count
 * at all. No count read is not a report of none, so we never write 0.
 */
export function acledFatalities(sources: readonly Source[]): number | null {
  const lows = sources.flatMap((s) => (s.casualties?.killed?.min != null ? [s.casualties.killed.min] : []));
  return lows.length ? Math.min(...lows) : null;
}

/**
 * Whether an event's sources report deaths, for the "Reported deaths" filter: `reported` when a source gives
 * a killed count that says people died (a number above 0, or a count without one: "dozens"), else `none`:
 * no source gives one. `none` is no report of deaths, not a report that nobody died.
 */
export const DEATHS_REPORTS = ['reported', 'none'] as const;
export type DeathsReport = (typeof DEATHS_REPORTS)[number];

export const DEATHS_REPORT_LABELS: Record<DeathsReport, string> = {
  reported: 'Deaths reported',
  none: 'No death toll in the sources',
};

export function deathsReport(sources: readonly Source[]): DeathsReport {
  for (const s of sources) {
    const f = s.casualties?.killed;
    if (f && (f.hedge === 'unknown' || (f.max ?? 0) > 0 || (f.min ?? 0) > 0)) return 'reported';
  }
  return 'none';
}

/** The most killed any source reports (its highest stated number), for sizing and filtering; 0 when none. */
export function reportedDeaths(sources: readonly Source[]): number {
  let most = 0;
  for (const s of sources) {
    const f = s.casualties?.killed;
    if (f) most = Math.max(most, f.max ?? 0, f.min ?? 0);
  }
  return most;
}
