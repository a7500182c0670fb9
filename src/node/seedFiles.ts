import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InputFile } from '../compiler/compile.ts';
import { readSeeds } from './readSeeds.ts';

/**
 * The seeds as the dev server last read them. An edit re-reads only the file that changed (10,000 reads
 * cost more than the whole recompile of one article); a file added or deleted, or a change the watcher
 * did not name, reads the folder again.
 */
export function createSeedFiles(dir: () => string, root: () => string) {
  let files: InputFile[] | undefined;
  let changed: Set<string> | 'all' = 'all';
  return {
    /** An absolute path the watcher reported as changed in place; `undefined`: anything may have changed. */
    changed(file?: string) {
      if (file === undefined || changed === 'all') changed = 'all';
      else changed.add(resolve(file));
    },
    read(): InputFile[] {
      const stale = changed;
      changed = new Set();
      if (!files || stale === 'all') return (files = readSeeds(dir(), root()));
      try {
        const byPath = new Map(files.map((f, i) => [resolve(root(), f.path), i]));
        for (const path of stale) {
          const i = byPath.get(path);
          if (i === undefined) return (files = readSeeds(dir(), root()));
          files[i] = { path: files[i]!.path, text: readFileSync(path, 'utf8') };
        }
        return files;
      } catch {
        return (files = readSeeds(dir(), root())); // deleted under our feet: read the folder as it is now
      }
    },
  };
}
