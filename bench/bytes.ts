/**
 * What a first visit downloads before it can see the atlas: the scripts and style sheets Chromium requests
 * before the map is drawn (basemap and markers, with the list beside it), and before the timeline is drawn
 * too, each counted gzipped from dist/ (zlib's default level, as static hosts typically serve). The dataset
 * is data, not code, and is reported apart. Builds nothing: run `npm run build` first.
 *
 *   npm run bench:bytes                 # dist/, the explorer and the embed
 *   npm run bench:bytes -- --dir dist-x
 */
import { chromium, type Page } from '@playwright/test';
import { gzipSizes } from './app/bytes.ts';
import { chromiumPath } from './app/chromium.ts';
import { preview } from './app/preview.ts';

const dirFlag = process.argv.indexOf('--dir');
const outDir = (dirFlag >= 0 ? process.argv[dirFlag + 1] : undefined) ?? 'dist';
const executablePath = chromiumPath;

const gzipOf = gzipSizes(outDir);
const kind = (name: string) => (/\.(js|css)$/.test(name) ? 'code' : /^dataset-.*\.json$/.test(name) ? 'data' : 'other');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// The map is drawn when its land and an event (a marker or a cluster) are on it; the timeline when vis
// has drawn its axis. Both are stamped in the page (a MutationObserver), on the clock of its resource
// timings, so a request counts only if the browser asked for it before the view was there.
const MILESTONES = {
  map: '.leaflet-overlay-pane path',
  marker: '.leaflet-marker-icon',
  timeline: '.vis-timeline .vis-time-axis',
};

// A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
const stampMilestones = `(() => {
  const selectors = ${JSON.stringify(MILESTONES)};
  const at = (window.__milestones = {});
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (at[name] === undefined && document.querySelector(selector)) at[name] = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface Visit { requests: Array<{ name: string; at: number }>; map: number; timeline: number }

async function visit(page: Page, url: string): Promise<Visit> {
  await page.addInitScript(stampMilestones);
  await page.goto(url);
  await page.waitForFunction(() => {
    const at = (window as unknown as { __milestones: Record<string, number> }).__milestones;
    return at.map !== undefined && at.marker !== undefined && at.timeline !== undefined;
  });
  return page.evaluate(() => {
    const at = (window as unknown as { __milestones: Record<string, number> }).__milestones;
    const requests = performance.getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/assets/'))
      .map((entry) => ({ name: entry.name.slice(entry.name.lastIndexOf('/') + 1), at: entry.startTime }));
    return { requests, map: Math.max(at.map!, at.marker!), timeline: at.timeline! };
  });
}

function sum(requests: Visit['requests'], before: number, what: 'code' | 'data'): number {
  const names = new Set(requests.filter((r) => r.at <= before && kind(r.name) === what).map((r) => r.name));
  return [...names].reduce((total, name) => total + (gzipOf.get(name) ?? 0), 0);
}

const server = await preview(outDir);
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
try {
  const allCode = [...gzipOf].filter(([name]) => kind(name) === 'code').reduce((t, [, size]) => t + size, 0);
  console.log(`${outDir}: every script and style sheet together ${kb(allCode)} gzip`);
  for (const [label, path] of [['explorer', ''], ['embed', '?embed=1']] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const { requests, ...at } = await visit(page, server.url + path);
    console.log(`${label.padEnd(9)} JS+CSS before the map is drawn ${kb(sum(requests, at.map, 'code')).padStart(9)}` +
      ` · before the timeline is drawn too ${kb(sum(requests, at.timeline, 'code')).padStart(9)}` +
      ` · dataset ${kb(sum(requests, at.timeline, 'data'))}`);
    if (process.argv.includes('--files')) {
      console.log(`    map drawn at ${Math.round(at.map)} ms, timeline at ${Math.round(at.timeline)} ms`);
      for (const r of requests) console.log(`    ${Math.round(r.at)} ms ${r.at <= at.map ? 'map     ' : r.at <= at.timeline ? 'timeline' : 'later   '} ${kb(gzipOf.get(r.name) ?? 0).padStart(9)} ${r.name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
