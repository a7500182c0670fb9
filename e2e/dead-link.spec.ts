import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { embedView } from './embedPage.ts';

test.describe('A reader follows a link to an event that is gone', () => {
  test('the details say the event is no longer in the atlas', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open('#event=e0000000');
    await expect(atlas.details.getByRole('status')).toHaveText(/This event is no longer in the atlas \(e0000000\)/);
    // The rest of the atlas is there, and choosing an event replaces the notice.
    await atlas.rows.first().click();
    await expect(atlas.detailsTitle).toBeVisible();
    await expect(atlas.details.getByText(/no longer in the atlas/)).toHaveCount(0);
  });

  test('an embed says so in its strip', async ({ page }) => {
    await page.goto('./?embed=1#event=e0000000');
    await expect(embedView(page).strip.getByRole('status')).toHaveText('This event is no longer in the atlas.');
  });
});
