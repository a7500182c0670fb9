import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { mapPage } from './mapPage.ts';

/** A 1×1 transparent PNG, standing in for OpenStreetMap's tiles. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Every request the page makes that leaves its own origin (data: and blob: URLs stay in the page). */
function offOrigin(page: Page, origin: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) urls.push(url);
  });
  return urls;
}

test.describe('The offline basemap gives Libya context', () => {
  test('Libya’s districts and cities are drawn and named, offline', async ({ page }) => {
    // Instant moves: a zoom click during Focus Libya's animation would be lost.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.focusLibya.click();
    const zoomed = page.locator('.event-map');
    const zoomAfterFocus = Number(await zoomed.getAttribute('data-zoom'));
    await expect(atlas.map.locator('path.basemap-district')).toHaveCount(1);
    for (const city of ['Tripoli', 'Benghazi', 'Misratah']) await expect(atlas.label(city)).toBeVisible();
    // Labels are context: out of the accessibility tree and not clickable.
    await expect(atlas.map.locator('.leaflet-context-labels-pane')).toHaveAttribute('aria-hidden', 'true');
    await expect(atlas.label('Zliten')).toHaveCount(0);

    await atlas.zoomIn.click();
    await expect(zoomed).toHaveAttribute('data-zoom', String(zoomAfterFocus + 1));
    await atlas.zoomIn.click();
    await expect(zoomed).toHaveAttribute('data-zoom', String(zoomAfterFocus + 2));
    await expect(atlas.label('Zliten')).toBeVisible();
    await expect(atlas.label('Benghazi').first()).toBeVisible();
    await expect(atlas.map.locator('.leaflet-control-attribution')).toContainText('Districts: Natural Earth');
  });

  test('the atlas requests nothing outside its origin unless the reader asks', async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const urls = offOrigin(page, origin);
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.focusLibya.click();
    await atlas.zoomIn.click();
    await atlas.fitAll.click();
    await atlas.markers.first().click();
    await expect(atlas.details.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(atlas.online).not.toBeChecked();
    expect(urls).toEqual([]);
  });
});

test.describe('A reader turns on the online OpenStreetMap layer', () => {
  test('offline, the option is disabled and says why; the offline map stays', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.online.click();
    await expect(atlas.online).toBeDisabled();
    await expect(atlas.online).not.toBeChecked();
    await expect(atlas.online).toHaveAccessibleDescription(/could not be reached/);
    await expect(atlas.map.locator('.leaflet-tile-pane img')).toHaveCount(0);
    await expect(atlas.map.locator('path.basemap-country--focus')).toBeVisible();
  });

  test('online, tiles load with OpenStreetMap’s attribution, and turning it off removes them', async ({ page }) => {
    const tiles: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    const atlas = mapPage(page);
    await atlas.open();
    expect(tiles).toEqual([]);
    // The box ticks only once the probe tile has loaded, so click rather than check().
    await atlas.online.click();
    await expect(atlas.online).toBeChecked();
    await expect(atlas.map.locator('.leaflet-tile-pane img').first()).toBeAttached();
    await expect(atlas.map.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap contributors');
    expect(tiles.length).toBeGreaterThan(1);

    await atlas.online.click();
    await expect(atlas.online).not.toBeChecked();
    await expect(atlas.map.locator('.leaflet-tile-pane img')).toHaveCount(0);
  });
});
