import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../bench/generateCorpus.ts';
import type { Dataset } from '../src/compiler/schema.ts';

// An archive, not six articles: the benchmark's generated corpus, 150 articles → about 2,000 events, built
// once per run (globalSetup) as a single file opened from disk, so the scale stories need no server. It
// sits beside the suite's build (E2E_OUTDIR), so side-by-side runs keep apart.
const ARTICLES = 150;

/** Writes the corpus, compiles it with the CLI (the stories check the page against those events) and builds it. */
export function buildScaleAtlas(outDir: string): string {
  const base = resolve(`${outDir}-scale`);
  const seeds = `${base}-seeds`;
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds, { recursive: true });
  for (const file of generateCorpus(ARTICLES)) writeFileSync(join(seeds, basename(file.path)), file.text);
  const quiet: ExecFileSyncOptions = { stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', '--seeds', seeds, '--out', `${base}-dataset.json`], quiet);
  execFileSync('npx', ['vite', 'build', '--mode', 'single', '--outDir', base, '--logLevel', 'error'],
    { ...quiet, env: { ...process.env, ATLAS_SEEDS: seeds } });
  return base;
}

/** The archive globalSetup built: its page and the events it embeds. */
export function scaleAtlas(): { url: string; dataset: Dataset } {
  const base = process.env.ATLAS_E2E_SCALE;
  if (!base) throw new Error('ATLAS_E2E_SCALE is not set: run through playwright.config.ts (globalSetup).');
  return {
    url: pathToFileURL(join(base, 'index.html')).href,
    dataset: JSON.parse(readFileSync(`${base}-dataset.json`, 'utf8')) as Dataset,
  };
}
