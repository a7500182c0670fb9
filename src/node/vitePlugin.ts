import { relative, resolve, sep } from 'node:path';
import type { EnvironmentModuleNode, Plugin, Rollup, ViteDevServer } from 'vite';
import type { CompileResult, InputFile } from '../compiler/compile.ts';
import type { GazetteerIndex } from '../compiler/places/GazetteerIndex.ts';
import type { Dataset } from '../compiler/schema.ts';
import { createReadingCache, defaultReadingCacheDir } from './compileCache/readingCache.ts';
import { compileSeeds } from './compileSeeds.ts';
import { contractDiagnostics, createContractMemo } from './contractDiagnostics.ts';
import { datasetAssets } from './datasetAssets.ts';
import { createDevDataset } from './devDataset.ts';
import { errorReport } from './errorReport.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';
import { loadGazetteer } from './gazetteer/loadGazetteer.ts';
import { devEndpoints } from './review/devEndpoints.ts';
import { createSeedFiles } from './seedFiles.ts';
import { createEventJson } from './eventJson.ts';

const publicId = 'virtual:events';
const resolvedId = '\0virtual:events';

export interface EventsPluginOptions {
  /** Directory of documents, relative to the Vite root. */
  seeds: string;
  /**
   * Inline the dataset, texts included, in the code (the single-file build, which must open from file://).
   * Otherwise a build writes it as a JSON asset and one file per document text (datasetAssets.ts), and the
   * dev server serves it the same way (devDataset.ts).
   */
  inline?: boolean;
  /** The reading cache's folder (default node_modules/.cache/conflict-atlas/readings); the bench uses its own. */
  cacheDir?: string;
}

/**
 * Serves the compiled dataset as `virtual:events`. A shell around the pure compiler: it reads the seeds,
 * compiles, reports diagnostics with file and line, and updates the page in place when a seed changes.
 *
 * Errors: a build fails listing every error. The dev server shows every error in one overlay and one
 * terminal report, and keeps serving the last dataset that compiled without errors behind it, so the
 * page keeps the rest of the work (before any good compile, the one with errors, which the compiler
 * still makes by skipping what it could not apply). In the dev server it also mounts the review
 * screen's endpoints (review/devEndpoints.ts).
 */
export function eventsPlugin(options: EventsPluginOptions): Plugin {
  let root = process.cwd();
  let gazetteer: GazetteerIndex | undefined;
  let server: ViteDevServer | undefined;
  // One compile per change of the seeds, shared by the module and the review endpoint.
  let compiled: Promise<{ files: InputFile[]; result: CompileResult }> | undefined;
  let lastGood: string | undefined;
  // The build's dataset file, for the page to preload while its code downloads.
  let datasetFile: string | undefined;
  let base = '/';
  const seedsDir = () => resolve(root, options.seeds);
  const loadedGazetteer = () => (gazetteer ??= loadGazetteer());
  const seeds = createSeedFiles(seedsDir, () => root);
  // Articles already read, by content: a restart reads them from disk, an edit re-reads one article.
  const cache = createReadingCache(options.cacheDir ?? defaultReadingCacheDir());
  // The dev server's data as files (devDataset.ts), and what of it kept the contract at the last save.
  const eventJson = createEventJson();
  const dev = createDevDataset(eventJson);
  const checked = createContractMemo(eventJson);
  const current = () => (compiled ??= (async () => {
    const { files, diagnostics } = seeds.read();
    // review: true in the dev server only, where the review screen reads what the extractor read.
    const result = await compileSeeds(files, { gazetteer: loadedGazetteer(), review: server !== undefined, cache, readDiagnostics: diagnostics });
    return { files, result };
  })().catch((error: unknown) => {
    compiled = undefined;
    throw error;
  }));
  const isSeed = (file: string) => {
    const inside = relative(seedsDir(), resolve(file));
    return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..';
  };

  /** The dataset as files of the build; the module only says where the dataset's file is. */
  const assetModule = function (this: Rollup.PluginContext, dataset: Dataset): string {
    const assets = datasetAssets(dataset);
    for (const text of assets.texts) this.emitFile({ type: 'asset', fileName: text.fileName, source: text.source });
    const ref = this.emitFile({ type: 'asset', fileName: assets.dataset.fileName, source: assets.dataset.source });
    datasetFile = assets.dataset.fileName;
    return `export const dataset = undefined;\nexport const datasetUrl = import.meta.ROLLUP_FILE_URL_${ref};\n`;
  };

  return {
    name: 'conflict-atlas:events',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    resolveId(id) {
      return id === publicId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      const { files, result } = await current();
      // A build in watch mode rebuilds when a seed changes. The dev server watches the seeds' folder itself
      // (configureServer) and hands the module to HMR from hotUpdate: there, every seed a watch file of the
      // module made each of them an import Vite resolved and put in its module graph at every save (10,000).
      if (!server) for (const f of files) this.addWatchFile(resolve(root, f.path));
      const { dataset, diagnostics } = result;
      for (const d of diagnostics.filter((x) => x.severity === 'warning')) {
        this.warn({ message: formatDiagnostic(d), id: resolve(root, d.file), loc: { file: resolve(root, d.file), line: d.line, column: (d.column ?? 1) - 1 } });
      }
      // The contract is checked on the way out: a compiler bug must not ship a dataset the app misreads.
      // In the dev server it is one more error behind which the last good dataset stays.
      // The dev server checks again only what changed since its last compile.
      const broken = contractDiagnostics(dataset, server ? checked : undefined);
      const report = errorReport([...diagnostics, ...broken], root);
      const code = options.inline ? inlineModule(dataset) : server ? dev.module(dataset, !report) : assetModule.call(this, dataset);
      eventJson.next();
      if (!report) {
        lastGood = code;
        return code;
      }
      // A build stops here, with every error in its message.
      if (!server) this.error({ message: report.message, id: report.id, loc: { ...report.loc, column: report.loc.column - 1 } });
      server.config.logger.error(report.message, { timestamp: true });
      // Sent after the module's update message, which clears the overlay: this one puts it back.
      server.ws.send({ type: 'error', err: { message: report.message, stack: '', id: report.id, loc: report.loc } });
      return lastGood ?? code;
    },
    hotUpdate({ file, type }) {
      // A seed, sidecar, actor list or story changed, appeared or went: recompile on the next load and
      // hand the dataset module to HMR. The app accepts it (src/main.tsx) and swaps the data in place;
      // when nothing accepts it, Vite falls back to a full reload.
      if (this.environment.name !== 'client' || !isSeed(file)) return;
      compiled = undefined;
      seeds.changed(type === 'update' ? file : undefined);
      const mod: EnvironmentModuleNode | undefined = this.environment.moduleGraph.getModuleById(resolvedId);
      if (!mod) return type === 'update' ? undefined : [];
      this.environment.moduleGraph.invalidateModule(mod);
      return [mod];
    },
    transformIndexHtml() {
      // Starts the dataset's download with the page's, not after the code has loaded and run; `crossorigin`
      // matches fetch()'s default mode, so the app's request reuses this one.
      if (!datasetFile) return undefined;
      return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${datasetFile}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
    },
    configureServer(devServer: ViteDevServer) {
      server = devServer;
      // Seeds outside the root (ATLAS_SEEDS) are not watched by default.
      devServer.watcher.add(seedsDir());
      devServer.middlewares.use(dev.middleware);
      devServer.middlewares.use(devEndpoints({
        root,
        seedsDir: seedsDir(),
        review: async () => (await current()).result.reviewPayload ?? { documents: [] },
        gazetteer: loadedGazetteer,
        written: () => {
          compiled = undefined;
          seeds.changed();
        },
      }));
    },
  };
}

/** The dataset in the code itself: the single-file build, which must open from file://. */
function inlineModule(dataset: Dataset): string {
  // JSON.parse of a string literal is faster for engines than an equivalent object literal.
  return `export const dataset = JSON.parse(${JSON.stringify(JSON.stringify(dataset))});\nexport const datasetUrl = undefined;\n`;
}
