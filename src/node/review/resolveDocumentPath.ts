import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { sidecarPathFor } from '../../compiler/overrides/sidecarPath.ts';

export interface ResolvedDocument {
  /** The document as the compiler names it: relative to the Vite root, POSIX separators (`seeds/x.txt`). */
  path: string;
  /** Its real place on disk. */
  file: string;
  /** Its sidecar, as the compiler names it (`seeds/x.events.yaml`), and where to write it. */
  sidecar: string;
  sidecarFile: string;
}

/**
 * Checks that `document` (from a request body, so untrusted) names an existing `.txt` or `.md` document
 * inside the seeds directory, and returns where it is. Refused: absolute paths, paths that `..` takes out
 * of seeds/, backslashes, other extensions, missing files, and paths that leave seeds/ through a symbolic
 * link (compared after resolving real paths on both sides, so a seeds/ that is itself a link still works).
 */
export function resolveDocumentPath(document: string, root: string, seedsDir: string): ResolvedDocument | { error: string } {
  if (isAbsolute(document) || document.includes('\\') || document.includes('\0')) return { error: 'the document must be a path relative to the project, like seeds/x.txt' };
  // The name the compiler gives the file (relative to the root, so `../corpus/x.txt` when seeds/ lies
  // outside it), and nothing else: no `.` or `sub/..` detours, and it must lie inside seeds/ as written.
  const lexical = resolve(root, document);
  if (relative(root, lexical).split(sep).join('/') !== document) return { error: 'the document path must be in its plain form, like seeds/x.txt' };
  if (!isInside(resolve(seedsDir), lexical)) return { error: `${document} is not a document in the seeds directory` };
  if (!/\.(txt|md)$/i.test(document)) return { error: 'the document must be a .txt or .md file' };
  let file: string;
  let seeds: string;
  try {
    seeds = realpathSync(seedsDir);
    file = realpathSync(resolve(root, document));
  } catch {
    return { error: `no such document: ${document}` };
  }
  if (!isInside(seeds, file)) return { error: `${document} is not a document in the seeds directory` };
  if (!/\.(txt|md)$/i.test(file)) return { error: 'the document must be a .txt or .md file' };
  const sidecar = sidecarPathFor(document);
  const sidecarFile = resolve(root, sidecar);
  // The sidecar may not exist yet; when it does, it may not be a link out of seeds/ either.
  if (existsSync(sidecarFile) && !isInside(seeds, realpathSync(sidecarFile))) {
    return { error: `${sidecar} leads outside the seeds directory` };
  }
  return { path: document, file, sidecar, sidecarFile };
}

function isInside(dir: string, file: string): boolean {
  const inside = relative(dir, file);
  return inside !== '' && !isAbsolute(inside) && !inside.split(sep).includes('..');
}
