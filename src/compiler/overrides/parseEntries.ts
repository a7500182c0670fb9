import { z } from 'zod';
import { describeIssue, type IssueReport } from './describeIssue.ts';
import { sections, type AcceptEntry, type AddEntry, type CorrectEntry, type SuppressEntry } from './sidecarEntries.ts';

/** A valid entry with its index in its section, so later checks can point back at it. */
export interface Indexed<T> {
  index: number;
  entry: T;
}

export interface Entries {
  suppress: Indexed<SuppressEntry>[];
  correct: Indexed<CorrectEntry>[];
  add: Indexed<AddEntry>[];
  accept: Indexed<AcceptEntry>[];
}

const list = z.array(z.unknown()).nullable().optional();
/** `suppress:` with nothing under it is an empty section, so an editor can keep a template file. */
const Layout = z.strictObject({ suppress: list, correct: list, add: list, accept: list });

/**
 * Validates the sidecar's plain data entry by entry: one bad entry is reported and skipped while the others
 * still apply, so an editor working in the dev server sees every other change take effect.
 */
export function parseEntries(value: unknown, report: (issue: IssueReport) => void): Entries {
  const entries: Entries = { suppress: [], correct: [], add: [], accept: [] };
  const layout = Layout.safeParse(value, { reportInput: true });
  if (!layout.success) for (const issue of layout.error.issues) describeIssue(issue).forEach(report);
  // A misspelt top-level key (reported above) should not hide the sections that are fine.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return entries;
  const data = value as Record<string, unknown>;
  collect('suppress', data.suppress, sections.suppress, entries.suppress, report);
  collect('correct', data.correct, sections.correct, entries.correct, report);
  collect('add', data.add, sections.add, entries.add, report);
  collect('accept', data.accept, sections.accept, entries.accept, report);
  return entries;
}

function collect<T>(
  section: string,
  items: unknown,
  schema: z.ZodType<T>,
  into: Indexed<T>[],
  report: (issue: IssueReport) => void,
): void {
  if (!Array.isArray(items)) return;
  items.forEach((item: unknown, index) => {
    const parsed = schema.safeParse(item, { reportInput: true });
    if (parsed.success) into.push({ index, entry: parsed.data });
    else for (const issue of parsed.error.issues) describeIssue({ ...issue, path: [section, index, ...issue.path] }).forEach(report);
  });
}
