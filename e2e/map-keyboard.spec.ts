import { expect, test } from './test.ts';
import { mapPage } from './mapPage.ts';
import { seedDataset } from './seedDataset.ts';

const placed = seedDataset().events.flatMap((e) => (e.place ? [{ ...e, place: e.place }] : []));

test.describe('A keyboard user moves among the markers without a Tab stop for each', () => {
  test.beforeAll(() => {
    if (placed.length < 3) throw new Error('The seeds need three events on the map.');
  });

  test('the markers are one Tab stop; arrow keys go from marker to marker, Enter selects', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.fitAll.click();
    const count = await atlas.markers.count();
    expect(count).toBeGreaterThan(1);
    await expect(atlas.markerTabStop).toHaveCount(1);

    // Tab from the map itself lands on the one marker stop, and the next Tab leaves the markers.
    await atlas.container.focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('tabindex', '0');
    const first = await focused.getAttribute('title');
    expect(first).toBeTruthy();
    await page.keyboard.press('Tab');
    await expect(atlas.zoomIn).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(focused).toHaveAttribute('title', first!);

    // The arrows visit every marker once before coming back: west to east, wrapping round.
    const visited = new Set([first!]);
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(focused).not.toHaveAttribute('title', [...visited].at(-1)!);
      visited.add((await focused.getAttribute('title'))!);
    }
    expect(visited.size).toBe(count);
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('title', first!);
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute('title', [...visited].at(-1)!);
    // Still one stop: the marker the reader moved to.
    await expect(atlas.markerTabStop).toHaveCount(1);
    await expect(atlas.markerTabStop).toBeFocused();

    const chosen = (await focused.getAttribute('title'))!;
    await page.keyboard.press('Enter');
    await expect(atlas.marker(chosen)).toHaveAttribute('aria-current', 'true');
    await expect(atlas.details.getByRole('heading', { level: 2, name: chosen })).toBeVisible();
    await expect(atlas.marker(chosen)).toBeFocused();
  });

  test('a Tab back to the markers comes to the selected event', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    const event = placed.find((e) => e.place.country === 'LY') ?? placed[0]!;
    await atlas.marker(event.title).click();
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
    await atlas.zoomIn.focus();
    await page.keyboard.press('Shift+Tab');
    await expect(atlas.marker(event.title)).toBeFocused();
    await expect(atlas.markerTabStop).toHaveCount(1);
  });

  test('clusters take part: the arrows reach one, and Enter opens it', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.zoomOutFully();
    await expect(atlas.clusters.first()).toBeVisible();
    await expect(atlas.markerTabStop).toHaveCount(1);
    const zoomBefore = Number(await atlas.container.getAttribute('data-zoom'));

    await atlas.markerTabStop.focus();
    const focused = page.locator(':focus');
    const stops = await atlas.markers.count();
    for (let i = 0; i < stops && !/^\d+ events: /.test((await focused.getAttribute('title')) ?? ''); i++) {
      await page.keyboard.press('ArrowRight');
    }
    await expect(focused).toHaveAttribute('title', /^\d+ events: /);
    await page.keyboard.press('Enter');
    await expect.poll(async () => Number(await atlas.container.getAttribute('data-zoom'))).toBeGreaterThan(zoomBefore);
    // Focus stays among the markers, on what the cluster held.
    await expect(atlas.markerTabStop).toBeFocused();
  });
});
