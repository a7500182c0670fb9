import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateCorpus } from '../generateCorpus.ts';

/**
 * The corpus sizes the app benchmark knows, as articles of the project's generator: about 14 events per
 * article for small corpora, fewer as more events merge across articles (72 → 1,015; 720 → 9,474), so
 * these land near 1k, 10k and 100k events. The benchmark prints the count the built page holds.
 */
export const SIZES: Record<string, number> = { '1k': 72, '10k': 760, '100k': 7600 };

/**
 * Writes the generated articles of one size as seed files under `dir` (one `.txt` per article), and
 * returns how many. Kept between runs when the count matches, since the generator is deterministic.
 */
export function writeCorpus(articles: number, dir: string): number {
  if (existsSync(dir) && readdirSync(dir).length === articles) return articles;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of generateCorpus(articles)) writeFileSync(join(dir, basename(file.path)), file.text);
  return articles;
}
