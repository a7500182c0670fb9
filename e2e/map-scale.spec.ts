import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { scaleAtlas } from './scaleAtlas.ts';
import { EVENT_TYPE_TABLE } from '../src/data/eventTypes.ts';
import { mapPage } from './mapPage.ts';

// An archive on the map: the generated corpus of about 2,000 events at twenty places (scaleAtlas.ts).
// Clusters and markers in the DOM, whatever the corpus: the view's, not the archive's.
const MAX_MARKERS_IN_DOM = 300;
const typeWords = Object.values(EVENT_TYPE_TABLE).map(({ label }) => label.toLowerCase()).join('|');
/** "412 events: battles 160, protests 98…": the count, then the count of each type in words. */
const clusterNamePattern = new RegExp(`^\\d+ events: (${typeWords}) \\d+`);

const { url: page_, dataset } = scaleAtlas();

test.describe.configure({ mode: 'serial', timeout: 60_000 });

async function open(page: Page, hash = '') {
  const atlas = mapPage(page);
  await page.goto(page_ + hash);
  await expect(atlas.markers.first()).toBeVisible({ timeout: 30_000 });
  return atlas;
}

test.describe('A researcher maps an archive of two thousand events', () => {
  test('the map shows a few clusters that count their events by type, not thousands of markers', async ({ page }) => {
    expect(dataset.events.filter((e) => e.place).length).toBeGreaterThan(1000);
    const atlas = await open(page);
    const cluster = atlas.clusters.first();
    await expect(cluster).toBeVisible();
    expect(await atlas.markers.count()).toBeLessThan(MAX_MARKERS_IN_DOM);
    // The name says the count and the types in words; the icon draws one arc per type named.
    const name = (await cluster.getAttribute('title')) ?? '';
    expect(name).toMatch(clusterNamePattern);
    const typesNamed = name.split('. ')[0]!.split(': ')[1]!.split(', ').length;
    await expect(cluster.locator('.event-cluster__arc')).toHaveCount(typesNamed);

    await atlas.zoomOutFully();
    await expect(atlas.clusters.first()).toBeVisible();
    expect(await atlas.markers.count()).toBeLessThan(MAX_MARKERS_IN_DOM);
    const results = await new AxeBuilder({ page }).include('.app-map').analyze();
    expect(results.violations).toEqual([]);
  });

  test('Enter on a cluster zooms in until its place cannot be split, then spreads its events; focus follows', async ({ page }) => {
    const atlas = await open(page);
    await atlas.clusters.first().focus();
    const focused = page.locator(':focus');
    // Each opening zooms in and hands focus to the smaller cluster holding its first event, until the
    // events share a place: then they spread out around it, and focus lands on the first of them.
    for (let i = 0; i < 12 && clusterNamePattern.test((await focused.getAttribute('title')) ?? ''); i++) {
      const before = (await focused.getAttribute('title'))!;
      await page.keyboard.press('Enter');
      await expect(focused).not.toHaveAttribute('title', before);
    }
    const title = (await focused.getAttribute('title'))!;
    expect(title).not.toMatch(clusterNamePattern);
    expect(dataset.events.some((e) => e.title === title)).toBe(true);
    expect(await atlas.markers.count()).toBeLessThan(MAX_MARKERS_IN_DOM);
    await expect(atlas.markerTabStop).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(atlas.details.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(focused).toHaveAttribute('aria-current', 'true');
  });

  test('a linked event is drawn on its own with its marker current, never hidden inside a crowd', async ({ page }) => {
    const crowded = dataset.events.filter((e) => e.place?.name === 'Tripoli');
    const event = crowded[Math.floor(crowded.length / 2)]!;
    expect(crowded.length).toBeGreaterThan(20);
    const atlas = await open(page, `#event=${event.id}`);
    const marker = atlas.map.locator('.leaflet-marker-pane [aria-current="true"]');
    await expect(marker).toHaveAttribute('title', event.title);
    await expect(marker).toBeInViewport();
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    // The crowd it came from no longer names it.
    for (const name of await atlas.clusters.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''))) {
      expect(name).not.toContain(event.title);
    }
  });
});
