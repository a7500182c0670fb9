import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const byDate = [...dataset.events].sort((a, b) => {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.title.localeCompare(b.title);
  return a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title);
});

test.describe('A keyboard or screen-reader user browses the event list', () => {
  test('the Events region lists every event by date with date, place and certainty', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await expect(atlas.rows).toHaveCount(dataset.events.length);
    for (const [i, e] of byDate.entries()) {
      const row = atlas.rows.nth(i);
      await expect(row).toContainText(e.title);
      await expect(row).toContainText(e.place?.name ?? 'Place unknown');
      await expect(row).toContainText(new RegExp(e.certainty, 'i'));
    }
  });

  test('arrow keys move between rows, Enter selects, the selected row is marked', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    const [first, second] = byDate;
    await atlas.rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(atlas.rows.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(atlas.detailsTitle).toHaveText(second!.title);
    await expect(atlas.rows.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`#event=${second!.id}$`));

    await page.keyboard.press('ArrowUp');
    await expect(atlas.rows.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(atlas.rows.last()).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    await expect(atlas.detailsTitle).toHaveText(first!.title);
    await expect(atlas.rows.nth(1)).not.toHaveAttribute('aria-current');
  });

  test('only one row is in the tab order: the selected one', async ({ page }) => {
    const target = byDate[2]!;
    const atlas = panelsPage(page);
    await atlas.open(`#event=${target.id}`);
    await expect(atlas.list.locator('button[tabindex="0"]')).toHaveCount(1);
    await expect(atlas.rows.nth(2)).toHaveAttribute('tabindex', '0');
  });

  test('a selection made elsewhere shows in the list', async ({ page }) => {
    const target = byDate.at(-1)!;
    const atlas = panelsPage(page);
    await atlas.open(`#event=${target.id}`);
    await expect(atlas.list.locator('[aria-current="true"]')).toContainText(target.title);
  });
});
