import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../src/compiler/schema.ts';

export const HOSTILE_SEEDS = 'e2e/fixtures/hostile-seeds';

/** Compiles the hostile corpus with the project's CLI, as the hostile build does, to know its events. */
export function hostileDataset(): Dataset {
  const out = join(tmpdir(), `conflict-atlas-hostile-${process.pid}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', '--seeds', HOSTILE_SEEDS, '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  } finally {
    rmSync(out, { force: true });
  }
}
