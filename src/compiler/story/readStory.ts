import { z } from 'zod';
import { didYouMeanEvent } from '../overrides/closestEvent.ts';
import type { Diagnostic, Event, Story, StoryStep } from '../schema.ts';
import { readYaml } from '../yaml/readYaml.ts';

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
 *   - event: ej03gj5          # the id in the app's links, `#event=ej03gj5`
 *     caption: The siege began in …
 *   - event: e1bqrt9w
 * ```
 * Read after the events exist, so a step naming no event (a typo, or an event whose type, date or place an
 * edit changed, and with them its id) is reported with its line, a "did you mean" by the caption's words,
 * and left out; the other steps still make the story. `heldBack` are events that exist but are not
 * published (`publish: reviewed`): a step naming one says so.
 */
export function readStory(
  path: string,
  text: string,
  events: readonly Event[],
  heldBack: ReadonlySet<string> = new Set(),
): { story?: Story; diagnostics: Diagnostic[] } {
  const eventIds = new Set(events.map((e) => e.id));
  const yaml = readYaml(path, text);
  const report = (at: { line: number; column: number }, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic =>
    ({ severity, file: path, ...at, message: `story: ${message}` });

  if (yaml.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: yaml.diagnostics.map((d) => ({ ...d, message: `story: ${d.message}` })) };
  const file = File.safeParse(yaml.value ?? {});
  if (!file.success) {
    const issue = file.error.issues[0]!;
    const field = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { diagnostics: [report(yaml.locate(issue.path), `${field}${issue.message}`)] };
  }

  const diagnostics: Diagnostic[] = [];
  const steps: StoryStep[] = [];
  const seen = new Set<string>();
  // The ids the other steps name: a stale step most likely meant an event no step shows.
  const named = new Set(file.data.steps.flatMap((raw) => {
    const step = Step.safeParse(raw);
    return step.success ? [step.data.event] : [];
  }));
  file.data.steps.forEach((raw, i) => {
    const node = yaml.locate(['steps', i]);
    const parsed = Step.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? `.${issue.path.join('.')}` : '';
      diagnostics.push(report(node, `steps[${i}]${field}: ${issue.message}`));
      return;
    }
    const { event, caption } = parsed.data;
    if (heldBack.has(event)) {
      diagnostics.push(report(node, `steps[${i}]: "${event}" is not reviewed yet, so not published (publish: reviewed): step left out`, 'warning'));
      return;
    }
    if (!eventIds.has(event)) {
      const hint = didYouMeanEvent({ id: event, ...(caption ? { text: caption } : {}), named }, events);
      diagnostics.push(report(node, `steps[${i}]: no event has the id "${event}" (ids are in the app's links, #event=<id>)${hint}: step left out`, 'warning'));
      return;
    }
    if (seen.has(event)) {
      diagnostics.push(report(node, `steps[${i}]: "${event}" is already a step: left out`, 'warning'));
      return;
    }
    seen.add(event);
    steps.push(caption ? { eventId: event, caption } : { eventId: event });
  });
  if (steps.length === 0) return { diagnostics };
  return { story: { ...(file.data.title ? { title: file.data.title } : {}), steps }, diagnostics };
}

