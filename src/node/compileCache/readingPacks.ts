import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rm, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleReading } from '../../compiler/readArticle.ts';

/**
 * The reading cache on disk: packs of entries, not a file per article. Creating a file costs ~0.8 ms of
 * kernel time on this project's machines, 8 s of a core for a cold 10,000-article build (more than a
 * fifth of its reading); appending to one file costs nothing that shows.
 *
 * A pack is `<name>.jsonl`, one `{"key":…,"reading":…}` per line, written by one thread; its index
 * `<name>.json` (`{ "entries": [[key, offset, length], …] }`) is written after it, through a rename, so a
 * pack is seen only once complete. An entry names its key: a truncated, corrupt or foreign one is a miss,
 * never an error, and never a wrong reading. Keys are content hashes, so two packs holding one key hold the
 * same reading.
 */

export interface PackWriter {
  /** Appends an entry; false once the disk refused (the cache then only costs its memory). */
  append(key: string, reading: ArticleReading): boolean;
  /** The same, for a reading already in JSON (a worker's, which posts that JSON too). */
  appendJson(key: string, json: string): boolean;
  /** Writes the index, which makes the pack visible; a writer with nothing appended leaves no file. */
  close(): void;
}

let serial = 0;

export function packWriter(dir: string): PackWriter {
  const name = `${Date.now().toString(36)}-${process.pid}-${threadId}-${serial++}`;
  const entries: [string, number, number][] = [];
  let fd: number | undefined;
  let offset = 0;
  let failed = false;
  const writer: PackWriter = {
    append: (key, reading) => writer.appendJson(key, JSON.stringify(reading)),
    appendJson(key, json) {
      if (failed) return false;
      try {
        if (fd === undefined) {
          mkdirSync(dir, { recursive: true });
          fd = openSync(join(dir, `${name}.jsonl`), 'w');
        }
        // What JSON.stringify({ key, reading }) writes, without parsing the reading back.
        const bytes = Buffer.from(`{"key":${JSON.stringify(key)},"reading":${json}}\n`);
        writeSync(fd, bytes);
        entries.push([key, offset, bytes.length]);
        offset += bytes.length;
        return true;
      } catch {
        failed = true;
        return false;
      }
    },
    close() {
      if (fd === undefined) return;
      try {
        closeSync(fd);
        fd = undefined;
        if (!failed) writeAtomically(join(dir, `${name}.json`), JSON.stringify({ entries }));
      } catch {
        failed = true;
      }
    },
  };
  return writer;
}

interface Located {
  pack: string;
  offset: number;
  length: number;
}

export interface PackReader {
  get(key: string): ArticleReading | undefined;
  /** Closes the packs opened by `get`; the next `get` opens them again. */
  close(): void;
  /** Merges small packs and drops packs no current key uses once the folder is over its budget. */
  tidy(live: ReadonlySet<string>): void;
}

/** Past this many small packs (a dev server writes one per edit) they are merged into one. */
const SMALL_PACKS = 8;
const SMALL_PACK_BYTES = 4 << 20;
/** Over this, packs holding no current key go, oldest first (other seed folders' readings, stale code's). */
const BUDGET_BYTES = 1 << 30;

/**
 * The packs of `dir` as they are now: their indexes are read when first needed, and after `close` only the
 * indexes of packs that appeared since are read (a pack never changes once visible). A dev server's save
 * misses once, for the edited article, and read every index again for it (~30 ms at 10,000 articles).
 */
export function packReader(dir: string): PackReader {
  let located: Map<string, Located> | undefined;
  let read = new Set<string>();
  let stale = true;
  const fds = new Map<string, number>();
  const locate = () => {
    if (located && !stale) return located;
    stale = false;
    const names = packNames(dir);
    // A pack gone (tidied away, merged into another): read every index again.
    if (!located || [...read].some((pack) => !names.includes(pack))) {
      located = new Map();
      read = new Set();
    }
    for (const pack of names) {
      if (read.has(pack)) continue;
      read.add(pack);
      for (const [key, offset, length] of readIndex(dir, pack)) located.set(key, { pack, offset, length });
    }
    return located;
  };
  return {
    get(key) {
      const where = locate().get(key);
      if (!where) return undefined;
      try {
        let fd = fds.get(where.pack);
        if (fd === undefined) fds.set(where.pack, (fd = openSync(join(dir, `${where.pack}.jsonl`), 'r')));
        const bytes = Buffer.allocUnsafe(where.length);
        if (readSync(fd, bytes, 0, where.length, where.offset) !== where.length) return undefined;
        const entry = JSON.parse(bytes.toString('utf8')) as { key?: unknown; reading?: ArticleReading };
        return entry.key === key && isReading(entry.reading) ? entry.reading : undefined;
      } catch {
        return undefined;
      }
    },
    close() {
      for (const fd of fds.values()) closeSync(fd);
      fds.clear();
      stale = true;
    },
    tidy(live) {
      try {
        tidyPacks(dir, live);
      } catch {
        // A pack another process removed meanwhile: tidy next time.
      }
    },
  };
}

/** The visible packs, oldest first (names start with their time): a later entry of a key wins. */
function packNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => n.slice(0, -'.json'.length));
  } catch {
    return [];
  }
}

function readIndex(dir: string, pack: string): [string, number, number][] {
  try {
    const { entries } = JSON.parse(readFileSync(join(dir, `${pack}.json`), 'utf8')) as { entries?: unknown };
    return Array.isArray(entries) ? entries.filter((e): e is [string, number, number] => Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1]) && Number.isInteger(e[2])) : [];
  } catch {
    return [];
  }
}

function tidyPacks(dir: string, live: ReadonlySet<string>): void {
  const names = readdirSync(dir);
  // The first cache's folders of one file per article (`ab/ab12….json`): dropped in the background.
  for (const name of names) if (/^[0-9a-f]{2}$/.test(name)) rm(join(dir, name), { recursive: true, force: true }, () => {});
  const packs = names.filter((n) => n.endsWith('.json')).sort().map((name) => {
    const pack = name.slice(0, -'.json'.length);
    let bytes = 0;
    try {
      bytes = statSync(join(dir, `${pack}.jsonl`)).size;
    } catch {
      // An index without its pack: dropped below with the empty ones.
    }
    // Read only for a pack about to be merged or dropped: a dev server's save tidies every time, and most
    // times neither happens.
    return { pack, bytes, entries: () => readIndex(dir, pack) };
  });
  const remove = (pack: string) => {
    rmSync(join(dir, `${pack}.json`), { force: true });
    rmSync(join(dir, `${pack}.jsonl`), { force: true });
  };
  const small = packs.filter((p) => p.bytes < SMALL_PACK_BYTES);
  if (small.length >= SMALL_PACKS) {
    // Copied as bytes, every key once: another seed folder's readings survive the merge.
    const writer = rawPackWriter(dir);
    const seen = new Set<string>();
    for (const p of small) {
      let text: Buffer;
      try {
        text = readFileSync(join(dir, `${p.pack}.jsonl`));
      } catch {
        continue;
      }
      for (const [key, offset, length] of p.entries()) {
        if (seen.has(key) || offset + length > text.length) continue;
        seen.add(key);
        writer.append(key, text.subarray(offset, offset + length));
      }
    }
    writer.close();
    for (const p of small) remove(p.pack);
  }
  let total = packs.reduce((sum, p) => sum + p.bytes, 0);
  for (const p of packs) {
    if (total <= BUDGET_BYTES) break;
    if (p.entries().some(([key]) => live.has(key))) continue;
    remove(p.pack);
    total -= p.bytes;
  }
}

function rawPackWriter(dir: string) {
  const name = `${Date.now().toString(36)}-${process.pid}-${threadId}-${serial++}`;
  const fd = openSync(join(dir, `${name}.jsonl`), 'w');
  const entries: [string, number, number][] = [];
  let offset = 0;
  return {
    append(key: string, bytes: Uint8Array) {
      writeSync(fd, bytes);
      entries.push([key, offset, bytes.length]);
      offset += bytes.length;
    },
    close() {
      closeSync(fd);
      writeAtomically(join(dir, `${name}.json`), JSON.stringify({ entries }));
    },
  };
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Enough of the shape to trust the rest: the entry was written by JSON.stringify of a reading. */
function isReading(value: unknown): value is ArticleReading {
  const r = value as ArticleReading | undefined;
  return typeof r === 'object' && r !== null && typeof r.document?.id === 'string' && typeof r.document.text === 'string'
    && Array.isArray(r.candidates) && Array.isArray(r.diagnostics) && Array.isArray(r.actors)
    && Array.isArray(r.people?.surnames) && Array.isArray(r.people.bare);
}
