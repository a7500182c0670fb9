import { resolve } from 'node:path';
import { readSeedFile, readSeeds, type SeedFolder } from './readSeeds.ts';

/**
 * The seeds as the dev server last read them. An edit re-reads only the file that changed (10,000 reads
 * cost more than the whole recompile of one article); a file added or deleted, or a change the watcher
 * did not name, reads the folder again.
 */
export function createSeedFiles(dir: () => string, root: () => string) {
  let folder: SeedFolder | undefined;
  let changed: Set<string> | 'all' = 'all';
  return {
    /** An absolute path the watcher reported as changed in place; `undefined`: anything may have changed. */
    changed(file?: string) {
      if (file === undefined || changed === 'all') changed = 'all';
      else changed.add(resolve(file));
    },
    read(): SeedFolder {
      const stale = changed;
      changed = new Set();
      const again = () => (folder = readSeeds(dir(), root()));
      if (!folder || stale === 'all') return again();
      try {
        const { files } = folder;
        const byPath = new Map(files.map((f, i) => [resolve(root(), f.path), i]));
        for (const path of stale) {
          const i = byPath.get(path);
          const text = i === undefined ? undefined : readSeedFile(path);
          if (i === undefined || text === undefined) return again();
          files[i] = { path: files[i]!.path, text };
        }
        return folder;
      } catch {
        return again(); // deleted under our feet: read the folder as it is now
      }
    },
  };
}
