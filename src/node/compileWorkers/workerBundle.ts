import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerCachePath } from '../gazetteer/loadGazetteer.ts';

const entry = fileURLToPath(new URL('./readingWorker.ts', import.meta.url));
const lockFile = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));

/** What a bundle was built from: every source file esbuild read, by content, and the lockfile. */
interface Manifest {
  bundle: string;
  inputs: [path: string, hash: string][];
  lock: string;
}

let memo: string | undefined;

/**
 * The reading worker (readingWorker.ts and the compiler it imports) as one plain JavaScript file, built with
 * esbuild and kept in node_modules/.cache/conflict-atlas/workers/ while none of its sources changed. A worker
 * started from it loads in ~0.2 s, where registering tsx in each worker and transforming ~150 TypeScript
 * files through tsx's loader thread took seconds of a core. Dependencies stay imports (wink's model is read
 * beside its package). Checking the bundle hashes its ~150 sources (a few milliseconds); building it takes
 * ~1 s once (esbuild's service starting), ~0.1 s after. Returns the file's path, or `undefined` when it
 * cannot be built (no esbuild): the caller then reads on its own thread.
 */
export function readingWorkerFile(): string | undefined {
  if (memo && existsSync(memo)) return memo;
  const dir = join(dirname(gazetteerCachePath().path), 'workers');
  const manifestPath = join(dir, 'reading-worker.json');
  const lock = hashFile(lockFile);
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const bundle = join(dir, manifest.bundle);
    if (manifest.lock === lock && existsSync(bundle) && manifest.inputs.every(([path, hash]) => hashFile(path) === hash)) return (memo = bundle);
  } catch {
    // No manifest yet, or a stale or corrupt one: build.
  }
  try {
    memo = build(dir, manifestPath, lock);
    return memo;
  } catch {
    return undefined;
  }
}

function build(dir: string, manifestPath: string, lock: string): string {
  // Loaded only when a bundle must be built.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
    write: false, metafile: true, logLevel: 'silent', absWorkingDir: resolve(dirname(lockFile)),
  });
  const code = result.outputFiles[0]!.text;
  const name = `reading-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, name);
  writeAtomically(bundle, code);
  const inputs = Object.keys(result.metafile.inputs).map((p): [string, string] => {
    const path = resolve(dirname(lockFile), p);
    return [path, hashFile(path)];
  });
  writeAtomically(manifestPath, JSON.stringify({ bundle: name, inputs, lock } satisfies Manifest));
  // Older bundles are a few hundred kilobytes each: keep only this one (a running worker has read its own).
  for (const old of readdirSync(dir)) if (/^reading-worker-.*\.mjs$/.test(old) && old !== name) rmSync(join(dir, old), { force: true });
  return bundle;
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function hashFile(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return 'missing';
  }
}
