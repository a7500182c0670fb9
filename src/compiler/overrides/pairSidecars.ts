import { compareCodeUnits } from '../compareCodeUnits.ts';
import type { Diagnostic } from '../schema.ts';
import { closestWord } from './closestWord.ts';
import { isSidecar, sidecarStem } from './sidecarPath.ts';

export interface SidecarPair<D> {
  sidecar: { path: string; text: string };
  document: D;
}

/**
 * Finds each sidecar's document among the compiled ones. An orphan sidecar is an error, not a skip: the
 * editor's corrections would silently vanish (a renamed or deleted article usually causes it).
 */
export function pairSidecars<D extends { file: string }>(
  files: readonly { path: string; text: string }[],
  documents: readonly D[],
): { pairs: SidecarPair<D>[]; diagnostics: Diagnostic[] } {
  const byStem = new Map<string, D>();
  for (const d of documents) {
    const stem = d.file.replace(/\.[^./]+$/, '');
    if (!byStem.has(stem)) byStem.set(stem, d);
  }
  const pairs: SidecarPair<D>[] = [];
  const diagnostics: Diagnostic[] = [];
  // Sorted, so sidecars apply in the same order whatever order the shell read the files in.
  for (const file of [...files].sort((a, b) => compareCodeUnits(a.path, b.path))) {
    if (!isSidecar(file.path)) continue;
    const stem = sidecarStem(file.path);
    const document = byStem.get(stem);
    if (document) {
      pairs.push({ sidecar: file, document });
      continue;
    }
    const near = closestWord(stem, byStem.keys());
    const hint = near ? ` (did you mean ${near}.events.yaml, beside ${byStem.get(near)!.file}?)` : '';
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: 1,
      column: 1,
      message: `no document named ${stem} (.txt, .md, .csv, .json or .geojson) beside this sidecar: its overrides apply to nothing${hint}`,
    });
  }
  return { pairs, diagnostics };
}
