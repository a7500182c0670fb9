import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Diagnostic, Story, StoryStep } from '../schema.ts';

/** The file a teacher or editor orders the story in, beside the documents: `seeds/story.yaml`. */
export const isStoryFile = (path: string): boolean => /(?:^|\/)story\.ya?ml$/i.test(path);

const Step = z.strictObject({
  event: z.string().min(1, 'event must name an event id'),
  caption: z.string().trim().min(1, 'caption must not be empty').optional(),
});

const File = z.strictObject({
  title: z.string().trim().min(1).optional(),
  steps: z.array(z.unknown()).min(1, 'steps must list at least one event'),
});

/**
 * Reads an authored story:
 * ```yaml
 * title: Benghazi, 2014–2017
 * steps:
 *   - event: emzcoe8          # the id in the app's links, `#event=emzcoe8`
 *     caption: The siege began in …
 *   - event: ewtmpj0
 * ```
 * Read after the events exist, so a step naming no event (a typo, or a sentence that was edited and now
 * has another id) is reported with its line and left out; the other steps still make the story.
 */
export function readStory(path: string, text: string, eventIds: ReadonlySet<string>): { story?: Story; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const report = (offset: number, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => {
    const pos = lineCounter.linePos(offset);
    return { severity, file: path, line: pos.line, column: pos.col, message: `story: ${message}` };
  };
  const start = (node: unknown) => (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;

  if (doc.errors.length) return { diagnostics: doc.errors.map((e) => report(e.pos[0], e.message.split('\n')[0]!)) };
  const file = File.safeParse(doc.toJS() ?? {});
  if (!file.success) {
    const issue = file.error.issues[0]!;
    const node = doc.getIn(issue.path as (string | number)[], true) ?? doc.contents;
    const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { diagnostics: [report(start(node), `${field}${issue.message}`)] };
  }

  const diagnostics: Diagnostic[] = [];
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  file.data.steps.forEach((raw, i) => {
    const node = doc.getIn(['steps', i], true);
    const parsed = Step.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? `.${issue.path.join('.')}` : '';
      diagnostics.push(report(start(node), `steps[${i}]${field}: ${issue.message}`));
      return;
    }
    const { event, caption } = parsed.data;
    if (!eventIds.has(event)) {
      diagnostics.push(report(start(node), `steps[${i}]: no event has the id "${event}" (ids are in the app's links, #event=<id>): step left out`, 'warning'));
      return;
    }
    if (seen.has(event)) {
      diagnostics.push(report(start(node), `steps[${i}]: "${event}" is already a step: left out`, 'warning'));
      return;
    }
    seen.add(event);
    steps.push(caption ? { eventId: event, caption } : { eventId: event });
  });
  if (steps.length === 0) return { diagnostics };
  return { story: { ...(file.data.title ? { title: file.data.title } : {}), steps }, diagnostics };
}

