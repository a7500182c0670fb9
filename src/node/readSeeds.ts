import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { InputFile } from '../compiler/compile.ts';
import type { Diagnostic } from '../compiler/schema.ts';
import { decodeText } from './decodeText.ts';

export interface SeedFolder {
  files: InputFile[];
  /** What was not read, or read with a guess: a link out of the folder, a loop, a binary file, an encoding. */
  diagnostics: Diagnostic[];
}

/** What `seeds/` holds as documents: articles, and structured sources (src/compiler/structured). */
const DOCUMENT = /\.(txt|md|markdown|csv|json|geojson)$/i;

/**
 * Reads every file below `dir` (skipping dot-files), with paths relative to `root` in POSIX form, so the
 * dataset says `seeds/x.txt` on every platform. `seeds/` is a boundary: a symbolic link is followed only
 * when it resolves inside the folder (a link to /etc/passwd must not be published by a build), and a
 * folder reached twice (a link loop) is read once.
 */
export function readSeeds(dir: string, root = process.cwd()): SeedFolder {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const where = (full: string) => relative(root, full).split(sep).join('/');
  const skip = (full: string, message: string, severity: Diagnostic['severity'] = 'warning') => diagnostics.push({ severity, file: where(full), line: 1, message });
  let top: string;
  try {
    top = realpathSync(dir);
  } catch {
    return { files, diagnostics: [{ severity: 'error', file: where(dir), line: 1, message: 'the seeds folder does not exist' }] };
  }
  const inside = (real: string) => real === top || real.startsWith(top + sep);
  const seen = new Set<string>();

  const walk = (d: string) => {
    const real = realpathSync(d);
    if (seen.has(real)) return skip(d, `a link loop: this folder was already read as ${where(real)}`);
    seen.add(real);
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (name.startsWith('.')) {
        if (DOCUMENT.test(name)) skip(full, 'hidden file (its name starts with a dot): skipped', 'info');
        continue;
      }
      let target = full;
      try {
        if (lstatSync(full).isSymbolicLink()) {
          target = realpathSync(full);
          if (!inside(target)) {
            skip(full, 'a link to a file outside the seeds folder: not read (copy the file into the folder instead)');
            continue;
          }
        }
        if (statSync(target).isDirectory()) walk(full);
        else read(full, target);
      } catch (error) {
        skip(full, `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): skipped`);
      }
    }
  };
  const read = (full: string, target: string) => {
    const decoded = decodeText(readFileSync(target));
    if (decoded.kind === 'binary') return skip(full, 'not a text file (binary content): skipped');
    if ('guessed' in decoded) skip(full, 'not valid UTF-8: read as Windows-1252; save it as UTF-8 to be sure of its accents');
    files.push({ path: where(full), text: decoded.text });
  };
  walk(dir);
  return { files, diagnostics };
}

/** One seed re-read after an edit; undefined when it now needs a diagnostic (the caller reads the folder). */
export function readSeedFile(full: string): string | undefined {
  const decoded = decodeText(readFileSync(full));
  return decoded.kind === 'text' && !('guessed' in decoded) ? decoded.text : undefined;
}
