/**
 * `npm run bench:compile [-- --docs 10000]`: compiles a generated corpus as the shells do and prints, beside
 * issue 12's targets:
 *   cold, one core      every article read on this thread, writing a fresh disk cache
 *   cold, parallel      this thread and a worker per other core, writing a fresh disk cache; the speed-up
 *   warm                a new process's view: every reading from the disk cache
 *   dev server start    the Vite plugin's first load over that disk cache (compile, contract check, module)
 *   one-article edit    the Vite plugin after a save, as `npm start` runs it: the watcher names the file,
 *                       the plugin re-reads it, compiles (memory cache warm, review on) and makes the module
 *   assembly share      merging, sidecars, review and dataset, after the articles are read
 * The plugin is driven through its own hooks (configResolved, configureServer, hotUpdate, load) over the
 * corpus written to a temporary folder; what the browser then does with the module is not counted.
 * Timings on a shared machine are noisy: run it twice, and compare medians.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { createReadingCache } from '../src/node/compileCache/readingCache.ts';
import { compileSeeds } from '../src/node/compileSeeds.ts';
import { loadGazetteer } from '../src/node/gazetteer/loadGazetteer.ts';
import { eventsPlugin } from '../src/node/vitePlugin.ts';
import { generateCorpus } from './generateCorpus.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } });
const count = Number(values.docs);
const gazetteer = loadGazetteer();
const corpus = generateCorpus(count);
const cores = availableParallelism();
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));

let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
async function timed(files: typeof corpus, options: Omit<Parameters<typeof compileSeeds>[1], 'gazetteer'>) {
  const start = performance.now();
  const result = await compileSeeds(files, { gazetteer, ...options });
  return { ms: performance.now() - start, result };
}

/** The events plugin as the dev server runs it, over `corpus` written below `dir`/project. */
function devPlugin(cacheDir: string) {
  const root = join(dir, 'project');
  for (const f of corpus) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  const plugin = eventsPlugin({ seeds: dirname(corpus[0]!.path), cacheDir }) as Plugin & Record<string, (...args: unknown[]) => unknown>;
  const noop = () => {};
  (plugin.configResolved as (c: Partial<ResolvedConfig>) => void)({ root, base: '/' });
  const server = { watcher: { add: noop }, middlewares: { use: noop }, config: { logger: { error: noop } }, ws: { send: noop } };
  (plugin.configureServer as (s: ViteDevServer) => void)(server as unknown as ViteDevServer);
  const context = { addWatchFile: noop, warn: noop, error: (e: unknown) => { throw new Error(String(e)); } };
  const mod = { id: '\0virtual:events' };
  const environment = { name: 'client', moduleGraph: { getModuleById: () => mod, invalidateModule: noop } };
  return {
    load: async () => (await (plugin.load as (this: unknown, id: string) => Promise<string>).call(context, '\0virtual:events')),
    /** What the watcher reports after a save: the plugin drops its compile and names the file. */
    saved: (path: string, text: string) => {
      writeFileSync(join(root, path), text);
      (plugin.hotUpdate as (this: unknown, o: { file: string; type: string }) => unknown).call({ environment }, { file: join(root, path), type: 'update' });
    },
  };
}

try {
  const one = await timed(corpus, { cache: createReadingCache(join(dir, 'cache-one')), workers: 0 });
  const parallel = await timed(corpus, { cache: createReadingCache(join(dir, 'cache')), workers: cores - 1 });
  const warmCache = createReadingCache(join(dir, 'cache'));
  const warm = await timed(corpus, { cache: warmCache });
  if (JSON.stringify(one.result.dataset) !== JSON.stringify(parallel.result.dataset) || JSON.stringify(one.result.dataset) !== JSON.stringify(warm.result.dataset)) {
    throw new Error('the cold, parallel and warm compiles disagree');
  }
  const dev = devPlugin(join(dir, 'cache'));
  let start = performance.now();
  await dev.load();
  const devStart = performance.now() - start;
  // A save in the dev server: one article's text changed, the rest known from the last compile.
  const edited = corpus[Math.floor(count / 2)]!;
  start = performance.now();
  dev.saved(edited.path, `${edited.text}\nClashes erupted in Sirte on Monday.\n`);
  const code = await dev.load();
  const edit = performance.now() - start;
  if (!code.includes('Clashes erupted in Sirte')) throw new Error('the edit did not reach the module');
  // The compile inside that edit, for its share: the same save once more, through compileSeeds alone.
  const again = corpus.map((f) => (f === edited ? { ...f, text: `${f.text}\nClashes erupted in Misrata on Monday.\n` } : f));
  const editCompile = await timed(again, { cache: warmCache, review: true });
  clearInterval(sample);

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const share = (r: typeof one) => `${Math.round((r.result.report.assembleMs / r.ms) * 100)}% (${s(r.result.report.assembleMs)})`;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const speedUp = one.ms / parallel.ms;
  console.log(`documents:           ${count}, ${one.result.dataset.events.length} events after merging; ${cores} cores`);
  console.log(`cold, one core:      ${s(one.ms)}  (${Math.round((count / one.ms) * 1000)} documents/s)`);
  console.log(`cold, ${cores} threads:     ${s(parallel.ms)}  speed-up ${speedUp.toFixed(2)}×   target ≤ 20 s on 2 cores: ${mark(parallel.ms <= 20_000)}; ≥ 1.7×: ${mark(speedUp >= 1.7)}`);
  console.log(`warm (disk cache):   ${s(warm.ms)}  (${warm.result.report.cached} cached, ${warm.result.report.read} read)`);
  console.log(`dev server start:    ${s(devStart)}  (the plugin's first load over the disk cache)`);
  console.log(`one-article edit:    ${s(edit)}  (the plugin: re-read, compile, contract check, module; its compile alone ${s(editCompile.ms)}, assembly ${s(editCompile.result.report.assembleMs)})   target ≤ 1 s: ${mark(edit <= 1000)}`);
  console.log(`assembly share:      cold one core ${share(one)}, parallel ${share(parallel)}, warm ${share(warm)}`);
  console.log(`peak memory:         ${Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB RSS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
