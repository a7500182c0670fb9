/**
 * `npm run bench:compile [-- --docs 2000]`: compiles a generated corpus on one core and prints documents
 * per second (steady state), cold-start time (module load + gazetteer + first document) and peak memory.
 * Targets (issue 3): ≥ 300 documents/s, cold start ≤ 2 s, ≤ 400 MB.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' } } });
const count = Number(values.docs);

const t0 = performance.now();
const { compile } = await import('../src/compiler/compile.ts');
const { loadGazetteer } = await import('../src/node/gazetteer/loadGazetteer.ts');
const { generateCorpus } = await import('./generateCorpus.ts');
const gazetteer = loadGazetteer();
const corpus = generateCorpus(count);
compile(corpus.slice(0, 1), { gazetteer });
const coldMs = performance.now() - t0;

let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const rates: number[] = [];
let events = 0;
for (let r = 0; r < Number(values.rounds); r++) {
  const start = performance.now();
  // One compile per document, as documents are independent work; the merge across documents is measured
  // by the whole-corpus compile below.
  for (let i = 0; i < corpus.length; i += 100) events += compile(corpus.slice(i, i + 100), { gazetteer }).dataset.events.length;
  rates.push((corpus.length / (performance.now() - start)) * 1000);
}
const wholeStart = performance.now();
const whole = compile(corpus, { gazetteer });
const wholeMs = performance.now() - wholeStart;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(sample);

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
console.log(`documents:            ${count} (${events / Number(values.rounds)} events in batches of 100)`);
console.log(`cold start:           ${Math.round(coldMs)} ms (module load, gazetteer, first document)`);
console.log(`steady state:         ${rates.map((r) => Math.round(r)).join(' / ')} documents/s (batches of 100, per round)`);
console.log(`whole corpus at once: ${Math.round(wholeMs)} ms, ${Math.round((count / wholeMs) * 1000)} documents/s, ${whole.dataset.events.length} events after merging`);
console.log(`peak memory:          ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))} RSS`);
