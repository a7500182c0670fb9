import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsBytes {
  /** Sum of every dist/assets/*.js, each gzipped (zlib's default level, as static hosts typically serve). */
  totalGzip: number;
  largestGzip: number;
  largestName: string;
  /** The dataset's JSON file, gzipped (document texts are files of their own, fetched one by one on demand). */
  dataGzip: number;
}

/** Every file of dist/assets gzipped, by name (zlib's default level, as static hosts typically serve). */
export function gzipSizes(outDir: string): Map<string, number> {
  const dir = join(outDir, 'assets');
  return new Map(readdirSync(dir).map((name) => [name, gzipSync(readFileSync(join(dir, name))).length]));
}

/** What a reader downloads before the first view: scripts and the dataset, compressed. */
export function jsBytes(outDir: string): JsBytes {
  let totalGzip = 0;
  let largestGzip = 0;
  let largestName = '';
  let dataGzip = 0;
  for (const [name, size] of gzipSizes(outDir)) {
    if (/^dataset-.*\.json$/.test(name)) dataGzip += size;
    if (!name.endsWith('.js')) continue;
    totalGzip += size;
    if (size > largestGzip) [largestGzip, largestName] = [size, name];
  }
  return { totalGzip, largestGzip, largestName, dataGzip };
}
