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

/** What a reader downloads before the first view: scripts and the dataset, compressed. */
export function jsBytes(outDir: string): JsBytes {
  const dir = join(outDir, 'assets');
  let totalGzip = 0;
  let largestGzip = 0;
  let largestName = '';
  let dataGzip = 0;
  for (const name of readdirSync(dir)) {
    if (/^dataset-.*\.json$/.test(name)) dataGzip += gzipSync(readFileSync(join(dir, name))).length;
    if (!name.endsWith('.js')) continue;
    const size = gzipSync(readFileSync(join(dir, name))).length;
    totalGzip += size;
    if (size > largestGzip) [largestGzip, largestName] = [size, name];
  }
  return { totalGzip, largestGzip, largestName, dataGzip };
}
