import { expect, test } from './test.ts';
import { atlasPage, collectErrors } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();

/** How many events carry each title, among those the predicate keeps. */
function titleCounts(keep: (e: (typeof dataset.events)[number]) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of dataset.events.filter(keep)) counts.set(e.title, (counts.get(e.title) ?? 0) + 1);
  return counts;
}

test.describe('A reader opens the atlas', () => {
  test('sees every placed event on the map and every dated event on the timeline', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    // The seed article reports meetings in Paris and Rome, a hearing in Geneva, the evacuation of
    // Ganfouda and the siege of Benghazi: whatever the compiler makes of it, the page shows all of it.
    expect(dataset.events.length).toBeGreaterThanOrEqual(5);

    const placed = titleCounts((e) => e.place !== null);
    await expect(atlas.markers).toHaveCount([...placed.values()].reduce((a, b) => a + b, 0));
    for (const [title, count] of placed) await expect(atlas.marker(title)).toHaveCount(count);

    const dated = titleCounts((e) => e.date !== null);
    await expect(atlas.items).toHaveCount([...dated.values()].reduce((a, b) => a + b, 0));
    for (const [title, count] of dated) await expect(atlas.item(title)).toHaveCount(count);
  });

  test('sees the product name, the counts and the data credits', async ({ page }) => {
    await atlasPage(page).open();
    await expect(page.getByRole('heading', { level: 1, name: 'Conflict Atlas' })).toBeVisible();
    const documents = dataset.documents.length;
    await expect(page.getByRole('banner'))
      .toContainText(`${dataset.events.length} events from ${documents} document${documents === 1 ? '' : 's'}`);
    await expect(page.getByRole('contentinfo')).toContainText('Places and city labels: GeoNames (CC BY 4.0)');
    await expect(page.getByRole('contentinfo')).toContainText('Basemap and Libya’s districts: Natural Earth');
    await expect(page.getByRole('contentinfo')).toContainText('Countries: world-countries (ODbL)');
  });

  test('gets no console errors on load or on a first selection', async ({ page }) => {
    const errors = collectErrors(page);
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.markers.first().focus();
    await page.keyboard.press('Enter');
    await expect(atlas.details.getByRole('heading', { level: 2 })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
