import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './test.ts';
import { atlasPage, collectErrors } from './atlasPage.ts';
import { panelsPage } from './panelsPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
// `npm run test:e2e` builds it (`vite build --mode single`); the story opens it from disk, not from the
// preview server, as a reader does who got the file on a USB stick.
const file = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');
const fileUrl = pathToFileURL(file).href;

test.describe('A reader opens the single-file atlas from disk, offline', () => {
  test.beforeEach(() => {
    // A missing build must fail loudly: skipping would report green for a feature never tested.
    expect(existsSync(file), `${file} is missing: run \`npm run build:single\` (npm run test:e2e does) first.`).toBe(true);
  });

  test('sees the map with its basemap and markers, the timeline, and an event’s details, with no request outside the file', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // No network: anything but the file itself (and inline data: or blob: URLs) is refused.
    await page.route(/^(?!file:|data:|blob:)/, (route) => route.abort('internetdisconnected'));
    const errors = collectErrors(page);

    const atlas = atlasPage(page);
    const panels = panelsPage(page);
    await page.goto(fileUrl);
    await expect(page).toHaveTitle('Conflict Atlas');
    await expect(page.getByRole('heading', { level: 1, name: 'Conflict Atlas' })).toBeVisible();

    // The offline basemap is drawn (Natural Earth's Libya, highlighted, and its districts), with every
    // placed event on it.
    await expect(atlas.map.locator('path.basemap-country--focus')).toBeVisible();
    await expect(atlas.map.locator('path.basemap-district')).toHaveCount(1);
    await expect(atlas.markers).toHaveCount(dataset.events.filter((e) => e.place !== null).length);
    await expect(atlas.items).toHaveCount(dataset.events.filter((e) => e.date !== null).length);

    const event = eventsOnBothViews(dataset)[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    await panels.row(event.title).click();
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(atlas.details).toContainText(event.sources[0]!.quote);
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
    await expect(atlas.item(event.title)).toContainClass('vis-selected');

    // Selecting on the timeline works from file:// too (hash routing, no History API needed).
    const other = eventsOnBothViews(dataset).at(-1)!;
    await atlas.item(other.title).click();
    await expect(atlas.details.getByRole('heading', { level: 2, name: other.title })).toBeVisible();

    const outside = requests.filter((url) => url.split('#')[0] !== fileUrl && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
