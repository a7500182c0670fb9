import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const candidates = eventsOnBothViews(seedDataset());

test.describe('A reader follows a link to one event', () => {
  test('#event=<id> opens on that event, on both views', async ({ page }) => {
    // The id comes from the dataset the build embedded: ids are hashes the compiler may change.
    const event = candidates.at(-1);
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const atlas = atlasPage(page);
    await atlas.open(`#event=${event.id}`);

    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(atlas.item(event.title)).toContainClass('vis-selected');
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
  });

  test('an id taken from the page opens on that event after a reload', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const item = atlas.items.first();
    const id = (await item.getAttribute('data-id')) ?? '';
    const title = (await item.textContent())?.trim() ?? '';

    await atlas.open(`#event=${id}`);
    await page.reload();
    await expect(atlas.details.getByRole('heading', { level: 2, name: title })).toBeVisible();
  });

  test('an unknown id opens the atlas with nothing selected', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open('#event=no-such-event');
    await expect(atlas.details).toContainText('Select an event');
  });
});
