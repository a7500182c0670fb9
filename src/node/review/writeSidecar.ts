import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { editSidecar, SidecarEditError } from './editSidecar.ts';
import { resolveDocumentPath } from './resolveDocumentPath.ts';
import type { SidecarRequest } from './SidecarAction.ts';

export type SidecarResponse =
  | { ok: true; sidecar: string; before: string | null; after: string | null }
  | { ok: false; error: string };

/**
 * Carries out one review action on disk: finds the document inside seeds/, reads its sidecar, applies
 * the edit and writes it back (or deletes it, for an undo to "no file"). Synchronous from read to write,
 * so two requests can never interleave between them. `before` is what an undo sends back as `restore`.
 */
export function writeSidecar(request: SidecarRequest, root: string, seedsDir: string): { status: number; body: SidecarResponse } {
  const found = resolveDocumentPath(request.document, root, seedsDir);
  if ('error' in found) return { status: found.error.startsWith('no such') ? 404 : 403, body: { ok: false, error: found.error } };
  const before = existsSync(found.sidecarFile) ? readFileSync(found.sidecarFile, 'utf8') : null;
  let after: string | null;
  try {
    after = editSidecar(before, request.action, found.path);
  } catch (error) {
    if (error instanceof SidecarEditError) return { status: 409, body: { ok: false, error: `${found.sidecar}: ${error.message}` } };
    throw error;
  }
  if (after !== before) {
    if (after === null) unlinkSync(found.sidecarFile);
    else writeFileSync(found.sidecarFile, after);
  }
  return { status: 200, body: { ok: true, sidecar: found.sidecar, before, after } };
}
