import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const candidates = eventsOnBothViews(seedDataset());

test.describe('A reader selects an event on the map', () => {
  test('clicking a marker selects its timeline item and shows its details', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await expect(atlas.details).toContainText('Select an event');

    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const marker = atlas.marker(event.title);
    await marker.click();

    await expect(marker).toHaveAttribute('aria-current', 'true');
    await expect(atlas.item(event.title)).toContainClass('vis-selected');
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(atlas.details).toContainText(event.place.name);
    await expect(atlas.details.locator('blockquote').first()).toContainText(event.sources[0]?.quote ?? '');
    await expect(page).toHaveURL(new RegExp(`#event=${event.id}$`));
  });

  test('a keyboard user selects a marker with Enter', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const event = candidates.at(-1);
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    const marker = atlas.marker(event.title);
    await marker.focus();
    await page.keyboard.press('Enter');

    await expect(atlas.item(event.title)).toContainClass('vis-selected');
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(marker).toBeFocused();
  });
});
