import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScaleAtlas } from './scaleAtlas.ts';

/**
 * Compiles seeds/ with the project's CLI once, so the stories can check the page against the very events
 * the build embedded (same compiler, same seeds) instead of hard-coding ids or titles, and builds the
 * generated archive the scale stories open (scaleAtlas.ts).
 * Returns the teardown, which removes the compiled file.
 */
export default function globalSetup(): () => void {
  const out = join(tmpdir(), `conflict-atlas-e2e-${process.pid}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', '--seeds', 'seeds', '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Environment set here reaches the test workers.
  process.env.ATLAS_E2E_DATASET = out;
  // One archive build for every scale story (map, timeline, list), not one per spec.
  process.env.ATLAS_E2E_SCALE = buildScaleAtlas(process.env.E2E_OUTDIR ?? 'dist');
  return () => rmSync(out, { force: true });
}
