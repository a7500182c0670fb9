import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { InputFile } from '../compiler/compile.ts';

/**
 * Reads every file below `dir` (skipping dot-files) as UTF-8, with paths relative to `root` in POSIX form,
 * so the dataset says `seeds/x.txt` on every platform.
 */
export function readSeeds(dir: string, root = process.cwd()): InputFile[] {
  const files: InputFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files;
}
