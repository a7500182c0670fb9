import type { Locator } from '@playwright/test';
import { expect, test } from './test.ts';
import { mapBounds, mapPage, mapShows } from './mapPage.ts';
import { seedDataset } from './seedDataset.ts';
import type { ContextCity } from '../src/map/regionCities.ts';
import citiesFile from '../src/map/regionCities.generated.json' with { type: 'json' };

const regionCities = citiesFile.cities as ContextCity[];

const dataset = seedDataset();
const placed = dataset.events.flatMap((e) => (e.place ? [{ ...e, place: e.place }] : []));
const inLibya = placed.filter((e) => e.place.country === 'LY');
const abroad = placed.filter((e) => e.place.country !== 'LY');
/** Points the first view must and must not show: Libya's capital, and the farthest of the talks abroad. */
const tripoli = regionCities.find((c) => c.name === 'Tripoli' && c.country === 'LY')!;
const paris = { lat: 48.85, lon: 2.35 };

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether any of the markers' boxes overlaps the box of `label`. */
async function coveredByMarker(label: Locator, markers: Locator): Promise<boolean> {
  const box = (await label.boundingBox())!;
  for (const marker of await markers.all()) {
    const m = await marker.boundingBox();
    if (m && overlap(box, m)) return true;
  }
  return false;
}

test.describe('The map frames what the reader is looking at', () => {
  test.beforeAll(() => {
    if (inLibya.length < 2 || abroad.length === 0) throw new Error('The seeds need events in Libya and abroad.');
  });

  test('the first view frames Libya, where most events are, and Fit all brings in the talks abroad', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const atlas = mapPage(page);
    await atlas.open();
    for (const e of inLibya) {
      expect(await mapShows(page, e.place)).toBe(true);
      await expect(atlas.marker(e.title)).toBeInViewport();
    }
    expect(await mapShows(page, tripoli)).toBe(true);
    expect((await mapBounds(page)).north).toBeLessThan(paris.lat);
    await expect(atlas.focusCountry).toHaveText('Focus Libya');

    await atlas.fitAll.click();
    await expect.poll(() => mapShows(page, paris)).toBe(true);
    for (const e of placed) expect(await mapShows(page, e.place)).toBe(true);
  });

  test('a search that leaves only the talks abroad reframes the map on Europe, and clearing it goes back', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill(abroad[0]!.title);
    // The search leaves some of the events abroad and none in Libya.
    await expect(atlas.marker(abroad[0]!.title)).toBeVisible();
    for (const e of inLibya) await expect(atlas.marker(e.title)).toHaveCount(0);
    const left = [];
    for (const e of abroad) if ((await atlas.marker(e.title).count()) > 0) left.push(e);
    await expect.poll(async () => (await mapBounds(page)).south).toBeGreaterThan(inLibya[0]!.place.lat);
    for (const e of left) await expect.poll(() => mapShows(page, e.place)).toBe(true);

    await search.fill('');
    await expect.poll(() => mapShows(page, inLibya[0]!.place)).toBe(true);
  });

  test('a search that leaves nothing leaves the map where it was', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = mapPage(page);
    await atlas.open();
    const before = await atlas.container.getAttribute('data-bounds');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('no event is called this');
    await expect(atlas.markers).toHaveCount(0);
    await expect(atlas.container).toHaveAttribute('data-bounds', before!);
  });

  test('a story step on a projector names its city beside the marker, not under it', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const atlas = mapPage(page);
    await atlas.open('#story=2');
    const selected = atlas.map.locator('.leaflet-marker-pane [aria-current="true"]');
    const title = await selected.getAttribute('title');
    const event = placed.find((e) => e.title === title)!;
    // The city the step is in: the labelled city nearest to its place.
    const distance = (c: { lat: number; lon: number }) => Math.hypot(c.lat - event.place.lat, c.lon - event.place.lon);
    const city = [...regionCities].sort((a, b) => distance(a) - distance(b))[0]!;
    await expect.poll(async () => Number(await atlas.container.getAttribute('data-zoom'))).toBeLessThanOrEqual(7);
    const label = atlas.cityLabel(city.name);
    await expect(label).toBeVisible();
    await expect(label).toBeInViewport({ ratio: 1 });
    await expect.poll(() => coveredByMarker(label, atlas.markers)).toBe(false);
  });
});
