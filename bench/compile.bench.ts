/**
 * `npm run bench:compile [-- --docs 10000]`: compiles a generated corpus as the shells do (compileSeeds) and
 * prints, beside issue 12's targets:
 *   cold, one core      every article read on this thread, no cache
 *   cold, parallel      this thread and a worker per other core, writing a fresh disk cache; the speed-up
 *   warm                a new process's view: every reading from the disk cache
 *   one-article edit    the dev server after an edit: memory cache warm, one article read again
 *   assembly share      merging, sidecars, review and dataset, after the articles are read
 * Timings on a shared machine are noisy: run it twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createReadingCache } from '../src/node/compileCache/readingCache.ts';
import { compileSeeds } from '../src/node/compileSeeds.ts';
import { loadGazetteer } from '../src/node/gazetteer/loadGazetteer.ts';
import { generateCorpus } from './generateCorpus.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } });
const count = Number(values.docs);
const gazetteer = loadGazetteer();
const corpus = generateCorpus(count);
const cores = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-cache-'));

let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
async function timed(files: typeof corpus, options: Omit<Parameters<typeof compileSeeds>[1], 'gazetteer'>) {
  const start = performance.now();
  const result = await compileSeeds(files, { gazetteer, ...options });
  return { ms: performance.now() - start, result };
}

try {
  const one = await timed(corpus, { cache: createReadingCache(undefined), workers: 0 });
  const parallel = await timed(corpus, { cache: createReadingCache(dir), workers: cores - 1 });
  const warmCache = createReadingCache(dir);
  const warm = await timed(corpus, { cache: warmCache });
  // The dev server after a save: one article's text changed, the rest known from the last compile.
  const edited = corpus.map((f, i) => (i === Math.floor(count / 2) ? { ...f, text: `${f.text}\nClashes erupted in Sirte on Monday.\n` } : f));
  const edit = await timed(edited, { cache: warmCache });
  clearInterval(sample);
  if (JSON.stringify(one.result.dataset) !== JSON.stringify(parallel.result.dataset) || JSON.stringify(one.result.dataset) !== JSON.stringify(warm.result.dataset)) {
    throw new Error('the cold, parallel and warm compiles disagree');
  }

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const share = (r: typeof one) => `${Math.round((r.result.report.assembleMs / r.ms) * 100)}% (${s(r.result.report.assembleMs)})`;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const speedUp = one.ms / parallel.ms;
  console.log(`documents:           ${count}, ${one.result.dataset.events.length} events after merging; ${cores} cores`);
  console.log(`cold, one core:      ${s(one.ms)}  (${Math.round((count / one.ms) * 1000)} documents/s)`);
  console.log(`cold, ${cores} threads:     ${s(parallel.ms)}  speed-up ${speedUp.toFixed(2)}×   target ≤ 20 s on 2 cores: ${mark(parallel.ms <= 20_000)}; ≥ 1.7×: ${mark(speedUp >= 1.7)}`);
  console.log(`warm (disk cache):   ${s(warm.ms)}  (${warm.result.report.cached} cached, ${warm.result.report.read} read)`);
  console.log(`one-article edit:    ${s(edit.ms)}  (${edit.result.report.read} read, assembly ${s(edit.result.report.assembleMs)})   target ≤ 1 s: ${mark(edit.ms <= 1000)}`);
  console.log(`assembly share:      cold one core ${share(one)}, parallel ${share(parallel)}, warm ${share(warm)}`);
  console.log(`peak memory:         ${Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB RSS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
