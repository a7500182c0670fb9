import { createHash } from 'node:crypto';
import type { Connect } from 'vite';
import type { Dataset } from '../compiler/schema.ts';
import type { EventJson } from './eventJson.ts';

/** Where the dev server serves the data, beside the review endpoints (review/devEndpoints.ts). */
const PREFIX = '/__atlas/data/';
const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => Buffer.from(c)) as [Buffer, Buffer, Buffer];

/**
 * The dev server delivers the dataset as a build does (datasetAssets.ts): the module names a JSON file,
 * which the page fetches, and each document's text is a file the source reader fetches when it opens it.
 * Inlined in the module instead, the whole archive with its texts (~85 MB at 10,000 articles) was made,
 * sent and parsed as JavaScript at every save.
 *
 * The JSON is made again at every compile, but an event is serialised only when it changed since the last
 * one (eventJson.ts): after a save that is the events of the zones the compile merged again, and the rest
 * is joined from the strings of the last compile. Events are not packed by place as a build's are
 * (an event's JSON would then depend on the other events); the dev page reads either (src/data/dataset.ts).
 */
export interface DevDataset {
  /**
   * Makes `dataset` servable and returns the `virtual:events` module that names it. `good`: it compiled
   * without errors, so the plugin may serve its module behind later errors; it stays servable until the next
   * good one.
   */
  module(dataset: Dataset, good: boolean): string;
  /** Serves the datasets of the modules made lately, and the texts of their documents. */
  middleware: Connect.NextHandleFunction;
  /** The body served at a path of the module's (the bench reads it as the page would). */
  body(path: string): Buffer | string | undefined;
}

/** The datasets a page may still be fetching, besides the last good one: the newest. */
const KEPT = 2;

interface Served {
  json: Buffer;
  texts: Map<string, string>;
}

/** A buffer datasets are written into, again and again: see `into` below. */
interface Slab {
  bytes: Buffer;
  /** Responses still sending a dataset written in it. */
  sending: number;
}

/** `events`: each event's JSON, shared with the contract check (eventJson.ts); its owner ends each compile. */
export function createDevDataset(events: EventJson): DevDataset {
  // Names the files of this server: a page cached from a server run before holds other names.
  const run = Date.now().toString(36);
  let serial = 0;
  const datasets = new Map<string, Served>();
  let good: string | undefined;
  // Each dataset is written into a slab no kept dataset and no response is using, not into a new 60 MB
  // buffer: V8 starts a full mark of the heap (1 GB here) when memory outside it grows by 64 MB, and a new
  // buffer per save did that every other save (+0.6 s).
  const slabs: Slab[] = [];
  const slabOf = new Map<Buffer, Slab>();
  const into = (chunks: readonly Buffer[]): Buffer => {
    const length = chunks.reduce((sum, c) => sum + c.length, 0);
    const busy = new Set([...datasets.values()].map((d) => slabOf.get(d.json)));
    let slab = slabs.find((x) => !busy.has(x) && x.sending === 0);
    if (!slab || slab.bytes.length < length) {
      if (slab) slabs.splice(slabs.indexOf(slab), 1);
      slab = { bytes: Buffer.allocUnsafeSlow(Math.ceil(length * 1.25)), sending: 0 };
      slabs.push(slab);
    }
    let at = 0;
    for (const c of chunks) at += c.copy(slab.bytes, at);
    const json = slab.bytes.subarray(0, length);
    slabOf.set(json, slab);
    return json;
  };
  // A text's file name by document id, while its text is the same string.
  let named = new Map<string, { text: string; name: string }>();

  const serve = (dataset: Dataset): Served => {
    const nowNamed = new Map<string, { text: string; name: string }>();
    const nowTexts = new Map<string, string>();
    const documents = dataset.documents.map(({ text, ...document }) => {
      if (text === undefined) return document;
      const known = named.get(document.id);
      const name = known && known.text === text ? known.name : `text-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.txt`;
      nowNamed.set(document.id, { text, name });
      nowTexts.set(name, text);
      return { ...document, textFile: name };
    });
    named = nowNamed;
    // Bytes, joined once: each unchanged event's are the last compile's, and nothing else copies 60 MB.
    const chunks: Buffer[] = [];
    for (const [key, value] of Object.entries(dataset)) {
      if (value === undefined) continue;
      chunks.push(Buffer.from(`${chunks.length ? ',' : '{'}${JSON.stringify(key)}:`));
      if (key !== 'events') chunks.push(Buffer.from(JSON.stringify(key === 'documents' ? documents : value)));
      else {
        chunks.push(OPEN);
        events.all(dataset.events).forEach((entry, i) => (i ? chunks.push(COMMA, entry.json) : chunks.push(entry.json)));
        chunks.push(CLOSE);
      }
    }
    chunks.push(Buffer.from(chunks.length ? '}' : '{}'));
    return { json: into(chunks), texts: nowTexts };
  };

  const body = (path: string): Buffer | string | undefined => {
    const name = path.slice(path.lastIndexOf(PREFIX) + PREFIX.length);
    const dataset = datasets.get(name)?.json;
    if (dataset !== undefined) return dataset;
    for (const served of datasets.values()) if (served.texts.has(name)) return served.texts.get(name);
    return undefined;
  };

  return {
    module(dataset, isGood) {
      const name = `dataset-${run}-${serial++}.json`;
      const served = serve(dataset);
      datasets.set(name, served);
      if (isGood) good = name;
      for (const old of [...datasets.keys()].slice(0, -KEPT)) {
        if (old === good) continue;
        slabOf.delete(datasets.get(old)!.json);
        datasets.delete(old);
      }
      // Relative to the page, as the review screen's requests are: the dev server serves it at any path.
      return `export const dataset = undefined;\nexport const datasetUrl = ${JSON.stringify(`.${PREFIX}${name}`)};\n`;
    },
    middleware(req, res, next) {
      const path = new URL(req.url ?? '/', 'http://dev').pathname;
      if (!path.includes(PREFIX) || req.method !== 'GET') return next();
      const found = body(path);
      if (found === undefined) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
      // A dataset's name is this server's and a text's is its content, but a page must never see a past run's.
      res.setHeader('Cache-Control', 'no-store');
      // Its slab is not written again while the bytes are on their way.
      const slab = typeof found === 'string' ? undefined : slabOf.get(found);
      if (slab) {
        slab.sending++;
        res.once('close', () => slab.sending--);
      }
      res.end(found);
    },
    body,
  };
}
