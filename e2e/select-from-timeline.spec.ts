import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

const candidates = eventsOnBothViews(seedDataset());

test.describe('A reader selects an event on the timeline', () => {
  test('clicking an item selects its marker, shows details and updates the link', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const event = candidates[0];
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');

    const item = atlas.item(event.title);
    await expect(item).toHaveAttribute('data-id', event.id);
    await item.click();

    await expect(item).toContainClass('vis-selected');
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#event=${event.id}$`));
  });

  test('a keyboard user reaches an item and selects it with Enter', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const event = candidates.at(-1);
    if (!event) throw new Error('The seeds yield no event with both a place and a date.');
    await atlas.itemLabel(event.title).focus();
    await page.keyboard.press('Enter');

    await expect(atlas.item(event.title)).toContainClass('vis-selected');
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
    await expect(atlas.details.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  });

  test('Back returns to the previous selection', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const [first, second] = candidates;
    if (!first || !second) throw new Error('The seeds yield fewer than two events on both views.');
    await atlas.item(first.title).click();
    await expect(atlas.details.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
    await atlas.item(second.title).click();
    await expect(atlas.item(second.title)).toContainClass('vis-selected');

    await page.goBack();
    await expect(atlas.item(first.title)).toContainClass('vis-selected');
    await expect(atlas.details.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
  });
});
