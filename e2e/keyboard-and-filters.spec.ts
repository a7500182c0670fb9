import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();

test.describe('A keyboard reader and a reader who filters', () => {
  test('the first Tab stop skips to the Events list', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to the events list' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(atlas.rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(atlas.detailsTitle).toBeVisible();
  });

  test('a search that hides the selected event clears the selection and the link', async ({ page }) => {
    const selected = dataset.events.find((e) => e.type === 'battles') ?? dataset.events[0]!;
    // A word of another event's title that the selected event does not contain anywhere.
    const other = dataset.events.find((e) => e.id !== selected.id)!;
    const haystack = [selected.title, selected.place?.name ?? '', ...selected.sources.map((s) => s.quote)].join(' ').toLowerCase();
    const word = other.title.split(/\W+/).find((w) => w.length > 3 && !haystack.includes(w.toLowerCase()));
    test.skip(!word, 'no word tells the two events apart');

    const atlas = panelsPage(page);
    await atlas.open(`#event=${selected.id}`);
    await expect(atlas.detailsTitle).toHaveText(selected.title);
    await atlas.search.fill(word!);
    await expect(atlas.detailsTitle).toBeHidden();
    await expect(page).not.toHaveURL(new RegExp(`event=${selected.id}`));
    await atlas.search.fill('');
    await expect(atlas.rows).toHaveCount(dataset.events.length);
  });
});
