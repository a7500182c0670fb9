import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsBytes {
  /** Sum of every dist/assets/*.js, each gzipped (zlib's default level, as static hosts typically serve). */
  totalGzip: number;
  largestGzip: number;
  largestName: string;
}

/** What a reader downloads in scripts (code and the inlined dataset), compressed. */
export function jsBytes(outDir: string): JsBytes {
  const dir = join(outDir, 'assets');
  let totalGzip = 0;
  let largestGzip = 0;
  let largestName = '';
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const size = gzipSync(readFileSync(join(dir, name))).length;
    totalGzip += size;
    if (size > largestGzip) [largestGzip, largestName] = [size, name];
  }
  return { totalGzip, largestGzip, largestName };
}
