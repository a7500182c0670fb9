import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const diplomacy = dataset.events.filter((e) => e.type === 'diplomacy' && e.date);

test.describe('A reader shares the view as a link', () => {
  test('a link copied after filtering, moving the timeline and selecting reopens the same view elsewhere', async ({ page, browser }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await atlas.filtersButton.click();
    await atlas.checkbox('Diplomacy').check();
    await atlas.filtersButton.click();
    await atlas.search.fill('in');
    const target = diplomacy.at(-1)!;
    await atlas.row(target.title).click();
    await expect(atlas.detailsTitle).toHaveText(target.title);

    // Pan the timeline by dragging its axis: the window goes into the link as whole days.
    const timeline = page.getByTestId('timeline');
    const box = (await timeline.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 15);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height - 15, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/#event=[a-z0-9-]+&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&type=diplomacy&q=in$/);
    const link = page.url();

    const fresh = await browser.newContext();
    const otherPage = await fresh.newPage();
    const other = panelsPage(otherPage);
    await other.open(link.slice(link.indexOf('#')));
    await expect(other.detailsTitle).toHaveText(target.title);
    await expect(other.search).toHaveValue('in');
    await expect(other.summary).toHaveText(await atlas.summary.textContent() ?? '');
    await expect(other.rows).toHaveCount(await atlas.rows.count());
    await other.filtersButton.click();
    await expect(other.checkbox('Diplomacy')).toBeChecked();
    // Opening the link does not rewrite it: the window, filters and selection all came through.
    await expect(otherPage).toHaveURL(link);
    await fresh.close();
  });

  test('a hand-written link sets filters, search, grouping and window', async ({ page }) => {
    const atlas = panelsPage(page);
    const hash = '#from=2017-01-01&to=2017-12-31&certainty=stated&q=meeting&group=place';
    await atlas.open(hash);
    await expect(atlas.search).toHaveValue('meeting');
    await atlas.filtersButton.click();
    await expect(atlas.checkbox('Stated')).toBeChecked();
    await expect(page).toHaveURL(new RegExp(`${hash.replace(/[?&]/g, '\\$&')}$`));
  });

  test('Back walks through selections; filter changes do not add history entries', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    const [first, second] = diplomacy;
    await atlas.row(first!.title).click();
    await expect(atlas.detailsTitle).toHaveText(first!.title);
    await atlas.row(second!.title).click();
    await expect(atlas.detailsTitle).toHaveText(second!.title);
    await atlas.search.fill('meeting');
    await expect(page).toHaveURL(/q=meeting$/);

    await page.goBack();
    await expect(atlas.detailsTitle).toHaveText(first!.title);
    await expect(atlas.list.locator('[aria-current="true"]')).toContainText(first!.title);
    await expect(atlas.search).toHaveValue('');
    await page.goBack();
    await expect(atlas.details).toContainText('Select an event');
    await page.goForward();
    await expect(atlas.detailsTitle).toHaveText(first!.title);
  });

  test('links with unknown values open the atlas without them', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open('#event=nope&type=nonsense&from=2017-13-45&to=x');
    await expect(atlas.details).toContainText('Select an event');
    await expect(atlas.summary).toHaveText(`${dataset.events.length} of ${dataset.events.length} events`);
  });
});
