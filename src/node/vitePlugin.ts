import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compile } from '../compiler/compile.ts';
import type { GazetteerIndex } from '../compiler/places/GazetteerIndex.ts';
import { Dataset } from '../compiler/schema.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';
import { loadGazetteer } from './gazetteer/loadGazetteer.ts';
import { readSeeds } from './readSeeds.ts';

const publicId = 'virtual:events';
const resolvedId = '\0virtual:events';

export interface EventsPluginOptions {
  /** Directory of documents, relative to the Vite root. */
  seeds: string;
}

/**
 * Serves the compiled dataset as `virtual:events`. A shell around the pure compiler: it reads the seeds,
 * compiles, reports diagnostics with file and line, and reloads the page when a seed changes.
 */
export function eventsPlugin(options: EventsPluginOptions): Plugin {
  let root = process.cwd();
  let gazetteer: GazetteerIndex | undefined;
  const seedsDir = () => resolve(root, options.seeds);

  return {
    name: 'conflict-atlas:events',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === publicId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      gazetteer ??= loadGazetteer();
      const files = readSeeds(seedsDir(), root);
      for (const f of files) this.addWatchFile(resolve(root, f.path));
      const { dataset, diagnostics } = compile(files, { gazetteer });
      for (const d of diagnostics) {
        const loc = { file: resolve(root, d.file), line: d.line, column: (d.column ?? 1) - 1 };
        if (d.severity === 'error') this.error({ message: formatDiagnostic(d), id: loc.file, loc });
        if (d.severity === 'warning') this.warn({ message: formatDiagnostic(d), id: loc.file, loc });
      }
      // The contract is checked on the way out: a compiler bug must not ship a dataset the app misreads.
      Dataset.parse(dataset);
      // JSON.parse of a string literal is faster for engines than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
    configureServer(server: ViteDevServer) {
      const dir = seedsDir();
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(resolvedId);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.watcher.on('change', reload);
    },
  };
}
