import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const compilerDir = fileURLToPath(new URL('../../compiler/', import.meta.url));
const lockFile = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

let memo: string | undefined;

/**
 * A hash of the compiler's code (every file of src/compiler but tests and fixtures) and of the locked
 * dependencies (chrono-node, wink-nlp, yaml read text for it): any edit to either makes every cached
 * reading stale. Read once per process; hashing ~160 small files takes a few milliseconds.
 */
export function compilerVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') walk(full);
      } else if (!/\.test\.ts$/.test(entry.name)) {
        hash.update(`${relative(compilerDir, full)}\0`).update(readFileSync(full)).update('\0');
      }
    }
  };
  walk(compilerDir);
  if (existsSync(lockFile)) hash.update(readFileSync(lockFile));
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
