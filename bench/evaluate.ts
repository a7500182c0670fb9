/**
 * `npm run eval`: scores the compiler on every evaluation corpus it can find and prints, per corpus,
 * recall, precision, an error breakdown and the worst documents.
 *
 *   npx tsx bench/evaluate.ts [--corpus DIR]... [--verbose] [--json] [--self-check]
 *                             [--min-recall R] [--min-precision P]
 *
 * Without `--corpus` it scores `eval/corpus/` (articles written for the project, see eval/README.md),
 * `../shared/corpus/` (real articles with gold events; read in place, never copied) when that folder
 * exists, and `eval/heldout/` (texts written blind to the extractor, in the shared corpus's format). A folder with `*.gold.json` files is scored with the real-article rule (bench/eval/goldCorpus.ts),
 * one with `*.truth.json` with the project rule (bench/eval/projectCorpus.ts). Each article is compiled on
 * its own, so no merge across documents blurs which article an event came from.
 *
 * `--self-check` scores the annotation itself as the prediction: it must print recall 1 and precision 1,
 * which tests the scorer and the corpus without the compiler. `--min-*` make the exit code fail when any
 * corpus misses the bar.
 */
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { compile } from '../src/compiler/compile.ts';
import type { Event } from '../src/compiler/schema.ts';
import { loadGazetteer } from '../src/node/gazetteer/loadGazetteer.ts';
import { loadCasualtyNotes, printCasualties, scoreCasualties, type CasualtyScore } from './eval/casualtyScore.ts';
import { isGoldCorpus, scoreGoldCorpus } from './eval/goldCorpus.ts';
import { printArticle, printCorpus } from './eval/printScore.ts';
import { scoreProjectCorpus } from './eval/projectCorpus.ts';
import { totals, type CorpusScore } from './eval/Score.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..');
// eval/heldout/ was written blind to the extractor: it is scored like the shared corpus, and its score is
// the estimate of how the extractor does on news it was never tuned on.
const DEFAULT_CORPORA = [resolve(REPO_ROOT, 'eval/corpus'), resolve(REPO_ROOT, '../shared/corpus'), resolve(REPO_ROOT, 'eval/heldout')];
/** The killed and injured counts each corpus text states, by corpus folder (relative to the repository). */
const CASUALTY_NOTES = resolve(REPO_ROOT, 'eval/casualties.json');

interface Options {
  corpora: string[];
  verbose: boolean;
  json: boolean;
  selfCheck: boolean;
  minRecall: number | null;
  minPrecision: number | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { corpora: [], verbose: false, json: false, selfCheck: false, minRecall: null, minPrecision: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--corpus') options.corpora.push(resolve(value()));
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--self-check') options.selfCheck = true;
    else if (arg === '--min-recall') options.minRecall = Number(value());
    else if (arg === '--min-precision') options.minPrecision = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.corpora.length === 0) options.corpora = DEFAULT_CORPORA.filter((dir) => existsSync(dir));
  return options;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  // Loaded once: building the gazetteer is the expensive part and is the same for every article.
  const gazetteer = options.selfCheck ? undefined : loadGazetteer();
  const extract = (path: string, text: string): Event[] => compile([{ path, text }], { gazetteer: gazetteer! }).dataset.events;

  const notes = loadCasualtyNotes(CASUALTY_NOTES);
  const casualties: (CasualtyScore | null)[] = [];
  const scores: CorpusScore[] = options.corpora.map((dir) => {
    // Each article's events, kept for the casualty score (corpora our notes cover, and not in a self-check).
    const byDocument = new Map<string, Event[]>();
    const keep = (path: string, text: string): Event[] => {
      const events = extract(path, text);
      byDocument.set(basename(path, extname(path)), events);
      return events;
    };
    const score = isGoldCorpus(dir) ? scoreGoldCorpus(dir, keep, options.selfCheck) : scoreProjectCorpus(dir, REPO_ROOT, keep, options.selfCheck);
    const corpusNotes = notes.get(relative(REPO_ROOT, dir));
    casualties.push(corpusNotes && !options.selfCheck ? scoreCasualties(score.corpus, byDocument, corpusNotes) : null);
    return score;
  });

  if (options.json) console.log(JSON.stringify(scores.map((s, i) => ({ ...s, casualties: casualties[i] })), null, 2));
  else {
    scores.forEach((score, i) => {
      if (options.verbose) score.articles.forEach(printArticle);
      printCorpus(score);
      const c = casualties[i];
      if (c) printCasualties(c, options.verbose);
    });
  }
  const failed = scores.some((s) => {
    const t = totals(s);
    return (options.minRecall !== null && t.recall < options.minRecall) || (options.minPrecision !== null && t.precision < options.minPrecision);
  });
  process.exitCode = failed ? 1 : 0;
}

main();
