import { z } from 'zod';

/**
 * What the review screen asks the dev server to write into a document's sidecar. The shapes are checked
 * here, at the edge; whether a field value is a valid date or place is the compiler's job, which reports it
 * at the sidecar's line like any hand-written mistake.
 */
const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'an event id is letters, digits, - and _');
const record = z.record(z.string(), z.unknown());

export const SidecarAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), id }),
  z.object({ type: z.literal('reject'), id, reason: z.string().optional() }),
  z.object({ type: z.literal('reset'), id }),
  z.object({
    type: z.literal('correct'),
    id,
    fields: record.refine((f) => Object.keys(f).length > 0, 'fields is empty: nothing to correct')
      .refine((f) => !('id' in f), 'fields may not change the id'),
  }),
  z.object({
    type: z.literal('add'),
    entry: record.refine((e) => typeof e.quote === 'string' && e.quote.trim() !== '', 'an added event needs a quote'),
  }),
  // Undo: the exact text the file had before (null: it did not exist).
  z.object({ type: z.literal('restore'), text: z.string().nullable() }),
]);
export type SidecarAction = z.infer<typeof SidecarAction>;

export const SidecarRequest = z.object({
  /** The document whose sidecar to edit, relative to the Vite root: `seeds/x.txt`. */
  document: z.string().min(1),
  action: SidecarAction,
});
export type SidecarRequest = z.infer<typeof SidecarRequest>;

/** The body of a `POST /__atlas/sidecar`, or a one-line reason to answer 400 with. */
export function parseSidecarRequest(body: unknown): { request: SidecarRequest } | { error: string } {
  const parsed = SidecarRequest.safeParse(body);
  if (parsed.success) return { request: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid request' };
}
