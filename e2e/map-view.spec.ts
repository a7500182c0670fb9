import { expect, test } from './test.ts';
import { mapBounds, mapPage } from './mapPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const placed = dataset.events.filter((e) => e.place !== null);
const inLibya = placed.filter((e) => e.place?.country === 'LY');
const abroad = placed.filter((e) => e.place && e.place.country !== 'LY');

test.describe('A reader moves between Libya and the events abroad', () => {
  test('Focus Libya frames Libya; Fit all brings Paris, Rome and Geneva back', async ({ page }) => {
    test.skip(inLibya.length === 0 || abroad.length === 0, 'the seeds need events in and outside Libya');
    const atlas = mapPage(page);
    await atlas.open();
    // The first view frames Libya, where most events are (map-frame.spec.ts); Fit all shows the rest.
    await atlas.fitAll.click();
    for (const e of placed) await expect(atlas.marker(e.title).first()).toBeInViewport();

    await atlas.focusLibya.click();
    await expect(atlas.marker(abroad[0]!.title).first()).not.toBeInViewport();
    await expect(atlas.marker(inLibya[0]!.title).first()).toBeInViewport();
    // data-bounds changes when the move ends.
    await expect.poll(async () => (await mapBounds(page)).north).toBeLessThan(42);
    const libya = await mapBounds(page);
    expect(libya.south).toBeLessThan(20);
    expect(libya.north).toBeGreaterThan(33);

    await atlas.fitAll.click();
    for (const e of placed) await expect(atlas.marker(e.title).first()).toBeInViewport();
    await expect.poll(async () => (await mapBounds(page)).north).toBeGreaterThan(48.8);
  });

  test('the view buttons work from the keyboard, at once when motion is reduced', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.focusLibya.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await mapBounds(page)).north).toBeLessThan(42);
    await expect(atlas.focusLibya).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(atlas.fitAll).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await mapBounds(page)).north).toBeGreaterThan(48.8);
  });
});

test.describe('A reader zooms out over crowded markers', () => {
  test('markers that crowd together become a cluster that names them and opens with Enter', async ({ page }) => {
    test.skip(abroad.length < 3, 'the seeds need three events close together abroad');
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.zoomOutFully();

    const cluster = atlas.clusters.first();
    await expect(cluster).toBeVisible();
    const name = (await cluster.getAttribute('title')) ?? '';
    const count = Number(name.split(' ')[0]);
    const members = placed.filter((e) => name.includes(e.title));
    expect(members.length).toBe(Math.min(count, 3));
    await expect(atlas.markers).toHaveCount(placed.length - count + (await atlas.clusters.count()));

    const zoomBefore = Number(await atlas.container.getAttribute('data-zoom'));
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await atlas.container.getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore);
    // Focus follows the reader to an event the cluster held, or to the smaller cluster holding it.
    await expect(page.locator(':focus')).toHaveAttribute('title', new RegExp(members[0]!.title.replace(/[()]/g, '\\$&')));
  });
});
