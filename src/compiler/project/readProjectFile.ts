import { z } from 'zod';
import { didYouMean } from '../overrides/closestWord.ts';
import { describeIssue } from '../overrides/describeIssue.ts';
import { readYaml } from '../yaml/readYaml.ts';
import type { Diagnostic } from '../schema.ts';

/** The project's settings, beside the documents: `seeds/atlas.yaml`. */
export const isProjectFile = (path: string): boolean => /(?:^|\/)atlas\.ya?ml$/i.test(path);

/**
 * `all`: every extracted event is published (a new project, a first look). `reviewed`: only events an
 * editor accepted, corrected or added in a sidecar, so nothing reaches readers unseen.
 */
export const PublishPolicy = z.enum(['all', 'reviewed']);
export type PublishPolicy = z.output<typeof PublishPolicy>;

const Settings = z.strictObject({ publish: PublishPolicy.default('all') });
export type ProjectSettings = z.output<typeof Settings>;

export const defaultSettings: ProjectSettings = { publish: 'all' };

/**
 * Reads `seeds/atlas.yaml`:
 * ```yaml
 * publish: reviewed   # all (default) | reviewed
 * ```
 * A mistake is an error at its line, and the defaults apply: a misspelt policy must not publish silently
 * what the editor meant to hold back, so the build fails until it is fixed.
 */
export function readProjectFile(path: string, text: string): { settings: ProjectSettings; diagnostics: Diagnostic[] } {
  const file = readYaml(path, text);
  const diagnostics = [...file.diagnostics];
  if (file.value === undefined) return { settings: defaultSettings, diagnostics };
  const parsed = Settings.safeParse(file.value, { reportInput: true });
  if (parsed.success) return { settings: parsed.data, diagnostics };
  for (const issue of parsed.error.issues) {
    for (const report of describeIssue(issue)) {
      // describeIssue names the sidecar's sections; here the keys are the settings'.
      const message = issue.code === 'unrecognized_keys' && issue.path.length === 0
        ? `unknown key "${String(report.path.at(-1))}" in ${path}${didYouMean(String(report.path.at(-1)), ['publish']) || ' (its only key is publish)'}`
        : report.message.replace(/^the sidecar/, path);
      diagnostics.push({ severity: 'error', file: path, ...file.locate(report.path, report.at), message });
    }
  }
  return { settings: defaultSettings, diagnostics };
}
