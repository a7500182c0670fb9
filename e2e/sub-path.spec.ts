import { existsSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
// The build the preview server serves (playwright.config.ts); here it is served from a sub-path instead.
const outDir = resolve(process.env.E2E_OUTDIR ?? 'dist');
const host = 'http://static.example/newsroom/projects/atlas/';

test.describe('A newsroom hosts dist/ under a sub-path of its static site', () => {
  test('the atlas loads its scripts, styles and data relative to the page', async ({ page }) => {
    expect(existsSync(join(outDir, 'index.html')), `${outDir}/index.html is missing: run \`vite build\` first.`).toBe(true);
    // A stand-in static host: files of the build under the sub-path, 404 for anything else (an absolute
    // /assets/… URL would land here and break the page).
    const missed: string[] = [];
    await page.route(/^https?:/, async (route) => {
      const url = new URL(route.request().url());
      const path = `${url.origin}${url.pathname}`;
      const file = path.startsWith(host) ? normalize(join(outDir, path.slice(host.length) || 'index.html')) : null;
      if (file && file.startsWith(outDir) && existsSync(file)) return route.fulfill({ path: file });
      missed.push(route.request().url());
      return route.fulfill({ status: 404, body: 'Not found' });
    });

    const atlas = atlasPage(page);
    await page.goto(host);
    await expect(atlas.markers).toHaveCount(dataset.events.filter((e) => e.place !== null).length);
    await expect(atlas.items).toHaveCount(dataset.events.filter((e) => e.date !== null).length);
    expect(missed).toEqual([]);
  });
});
