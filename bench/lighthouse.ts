/**
 * Lighthouse scores of the built atlas, as its users meet it: the explorer, a story step and an embed
 * with a selection, each on mobile and desktop. Builds nothing: run `npm run build` first. Serves `dist/`
 * with `vite preview` on a free port, runs Lighthouse 12 (13 needs Node 22) from npm through npx with
 * Debian's Chromium, and prints one line per page and form factor, with the failing audits.
 *
 *   npm run bench:lighthouse                      # accessibility, best practices, SEO, performance
 *   npm run bench:lighthouse -- accessibility     # only these categories
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './app/chromium.ts';
import { preview } from './app/preview.ts';

const categories = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : ['accessibility', 'best-practices', 'seo', 'performance'];
const pages = [['explorer', ''], ['story', '#story=2'], ['embed', '?embed=1#story=1']] as const;
const chrome = chromiumPath;

interface Audit { id: string; score: number | null; scoreDisplayMode: string; title: string; numericValue?: number; displayValue?: string }
interface Report { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> }

const server = await preview('dist');
const base = server.url;
// A static host answers its first request as fast as its hundredth; a just-started `vite preview` does not,
// and Lighthouse takes the server's observed response times into its simulation. Warm it once.
for (const url of [base, ...readdirSync('dist/assets').map((name) => `${base}assets/${name}`)]) await (await fetch(url)).arrayBuffer();
try {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  console.log(`reports in ${dir}`);
  for (const [name, path] of pages) {
    for (const form of ['mobile', 'desktop'] as const) {
      const out = join(dir, `${name}-${form}.json`);
      execFileSync('npx', [
        '-y', 'lighthouse@12', base + path, `--only-categories=${categories.join(',')}`,
        ...(form === 'desktop' ? ['--preset=desktop'] : []),
        '--chrome-flags=--headless=new --no-sandbox', '--output=json', `--output-path=${out}`, '--quiet',
      ], { env: { ...process.env, CHROME_PATH: chrome }, stdio: 'inherit' });
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const scores = categories.map((c) => `${c} ${Math.round((report.categories[c]?.score ?? 0) * 100)}`).join(' · ');
      console.log(`${name.padEnd(9)} ${form.padEnd(8)} ${scores}`);
      // The metrics behind a performance score, so a low one says where it lost (and runs can be compared).
      if (categories.includes('performance')) {
        const metric = (id: string) => `${id.split('-').map((w) => w[0]).join('').toUpperCase()} ${report.audits[id]?.displayValue ?? '?'}`;
        console.log(`    ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(metric).join(' · ')}`);
      }
      for (const audit of Object.values(report.audits)) {
        const scored = !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode);
        if (scored && audit.score !== null && audit.score < 0.9) console.log(`    ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  server.stop();
}

