import { z } from 'zod';
import { ActorKind, type Diagnostic } from '../schema.ts';
import type { ActorEntry } from './ActorEntry.ts';
import { readYaml } from '../yaml/readYaml.ts';

/** The file a newsroom adds actors in, beside its documents: `seeds/actors.yaml`. */
export const isActorList = (path: string): boolean => /(?:^|\/)actors\.ya?ml$/i.test(path);

const Entry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case, e.g. "tripoli-protection-force"'),
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string().min(1)).default([]),
});

/**
 * Reads a list of actors:
 * ```yaml
 * - id: tripoli-protection-force
 *   name: Tripoli Protection Force
 *   kind: armed-group
 *   aliases: [TPF]
 * ```
 * An entry with a curated id extends that actor's aliases. A bad entry is reported with its line and
 * skipped; the others still apply.
 */
export function readActorList(path: string, text: string): { entries: ActorEntry[]; diagnostics: Diagnostic[] } {
  const file = readYaml(path, text);
  const diagnostics = file.diagnostics.map((d) => ({ ...d, message: `actors: ${d.message}` }));
  if (diagnostics.some((d) => d.severity === 'error')) return { entries: [], diagnostics };
  const data: unknown = file.value ?? [];
  if (!Array.isArray(data)) return { entries: [], diagnostics: [...diagnostics, { severity: 'error', file: path, line: 1, message: 'actors: expected a list of actors' }] };
  const entries: ActorEntry[] = [];
  data.forEach((item, i) => {
    const parsed = Entry.safeParse(item);
    if (parsed.success) {
      entries.push(parsed.data);
      return;
    }
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? `.${issue.path.join('.')}` : '';
    diagnostics.push({ severity: 'error', file: path, ...file.locate([i]), message: `actors[${i}]${field}: ${issue.message}` });
  });
  return { entries, diagnostics };
}
