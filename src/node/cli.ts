import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createReadingCache, defaultReadingCacheDir } from './compileCache/readingCache.ts';
import { compileSeeds } from './compileSeeds.ts';
import { contractDiagnostics } from './contractDiagnostics.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';
import { loadGazetteer } from './gazetteer/loadGazetteer.ts';
import { readSeeds } from './readSeeds.ts';
import { formatReviewProgress } from './reviewProgress.ts';

const usage = 'usage: npm run compile -- --seeds <dir> --out <file.json> [--no-cache] [--workers N]';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, 'no-cache': { type: 'boolean' }, workers: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.out) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const seeds = readSeeds(values.seeds);
const result = await compileSeeds(seeds.files, {
  readDiagnostics: seeds.diagnostics,
  gazetteer: loadGazetteer(),
  cache: createReadingCache(values['no-cache'] ? undefined : defaultReadingCacheDir()),
  workers: values.workers === undefined ? undefined : Number(values.workers),
});
const { dataset } = result;
// The contract is checked as the Vite plugin checks it: a dataset that breaks it is a compiler bug, reported
// on its document, and the exit code says so.
const diagnostics = [...result.diagnostics, ...contractDiagnostics(dataset)];
// Every diagnostic, not just the first error: an editor fixes them all in one pass.
for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(formatDiagnostic(d));
for (const progress of result.review) console.log(formatReviewProgress(progress));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(dataset, null, 2)}\n`);
const { report } = result;
console.log(`${values.out}: ${dataset.events.length} events from ${dataset.documents.length} documents`
  + ` (${report.cached} read from the cache, ${report.read} read${report.workers ? ` on ${report.workers + 1} threads` : ''})`);
process.exit(diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
