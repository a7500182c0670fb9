/**
 * `npm run bench:app [-- --sizes 1k,10k,100k]`: builds the seed corpus and generated corpora of about 1k,
 * 10k and 100k events, serves each build with `vite preview` and drives it in Chromium at 1280×800:
 * first render, worst frame while dragging and zooming the timeline, select-from-list latency, DOM nodes
 * and JS heap, printed beside issue 12's targets. Generated seeds and builds go to dist-bench/<size>/ (`--dir` for another folder).
 * Each step has a deadline and is reported as "> N s (timed out)" past it. `--skip-build` measures the builds
 * already in the folder (<dir>/<size>/dist), so two builds (before and after a change) can be measured back
 * to back, as many times as noise asks, without building again.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from './app/build.ts';
import { jsBytes } from './app/bytes.ts';
import { SIZES, writeCorpus } from './app/corpus.ts';
import { measureApp } from './app/measure.ts';
import { chromiumPath } from './app/chromium.ts';
import { preview } from './app/preview.ts';
import { printReport, show, type CorpusResult } from './app/report.ts';
import { TimedOut } from './app/timeout.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,100k' },
    // Where generated seeds and builds go, so two runs (e.g. two branches of work) can sit side by side.
    dir: { type: 'string', default: 'dist-bench' },
    'skip-build': { type: 'boolean', default: false },
    // Seconds: a build, a first render, and each interaction (drag, zoom, select).
    'build-timeout': { type: 'string', default: '300' },
    'render-timeout': { type: 'string', default: '180' },
    'step-timeout': { type: 'string', default: '60' },
  },
});
const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean);
for (const size of sizes) if (!(size in SIZES)) throw new Error(`unknown size ${size}: use ${Object.keys(SIZES).join(', ')}`);
const timeouts = { firstRender: Number(values['render-timeout']), step: Number(values['step-timeout']) };
const executablePath = chromiumPath;

// The seed build first: issue 12 compares the 10k first render with it, in the same run.
const corpora = [{ name: 'seed', seeds: 'seeds' }, ...sizes.map((name) => ({ name, seeds: join(values.dir, name, 'seeds') }))];
const results: CorpusResult[] = [];
for (const corpus of corpora) {
  const articles = SIZES[corpus.name];
  const outDir = join(values.dir, corpus.name, 'dist');
  const result: CorpusResult = { name: corpus.name, build: { skipped: true }, bytes: null, app: null };
  results.push(result);
  if (values['skip-build']) {
    if (!existsSync(join(outDir, 'index.html'))) throw new Error(`--skip-build: no build in ${outDir}`);
    log(`${corpus.name}: measuring the build in ${outDir}`);
  } else {
    if (articles) writeCorpus(articles, corpus.seeds);
    log(`${corpus.name}: building ${corpus.seeds}${articles ? ` (${articles} generated articles)` : ''}`);
    try {
      result.build = { ms: await build(corpus.seeds, outDir, Number(values['build-timeout'])) };
    } catch (error) {
      result.build = error instanceof TimedOut ? { timedOut: error.seconds } : { failed: (error as Error).message };
      log(`${corpus.name}: build ${show(result.build)}`);
      continue;
    }
    log(`${corpus.name}: built in ${show(result.build)}; measuring in Chromium`);
  }
  result.bytes = jsBytes(outDir);
  const server = await preview(outDir);
  // A browser per corpus: a renderer a big corpus leaves hung or crashed does not spill into the next one.
  const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
  try {
    result.app = await measureApp(browser, server.url, timeouts);
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
  log(`${corpus.name}: ${result.app.events ?? '?'} events, first render ${show(result.app.firstRender)}`);
}
printReport(results);

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}
