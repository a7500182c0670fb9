import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { scaleAtlas } from './scaleAtlas.ts';
import { panelsPage } from './panelsPage.ts';

// An archive, not six articles: the generated corpus of about 2,000 events (scaleAtlas.ts).
// The Events panel at 1280×800 shows about six rows; with the overscan and the pinned Tab stop the list
// holds a few dozen at most, whatever the number of events.
const MAX_ROWS_IN_DOM = 60;
const { url: page_, dataset } = scaleAtlas();
// The list's order (sortByDate), restated so the story checks the page against the compiler's events.
const byDate = [...dataset.events].sort((a, b) => {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : a.title.localeCompare(b.title);
  return a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title);
});

test.describe.configure({ mode: 'serial', timeout: 60_000 });

async function open(page: Page, hash = '') {
  const atlas = panelsPage(page);
  await page.goto(page_ + hash);
  await expect(atlas.list.getByRole('list', { name: `${byDate.length} events by date` })).toBeVisible({ timeout: 30_000 });
  return atlas;
}

test.describe('A researcher browses an archive of two thousand events in the list', () => {
  test('the list holds only the rows near the view, and tells their place in the whole', async ({ page }) => {
    expect(byDate.length).toBeGreaterThan(1000);
    const atlas = await open(page);
    const count = await atlas.rows.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(MAX_ROWS_IN_DOM);
    const first = atlas.list.getByRole('listitem').first();
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect(first).toHaveAttribute('aria-setsize', String(byDate.length));
    await expect(first).toContainText(byDate[0]!.title);
  });

  test('End reaches the last event, Enter selects it, Home goes back to the first', async ({ page }) => {
    const last = byDate.at(-1)!;
    const atlas = await open(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to the events list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(atlas.rows.first()).toBeFocused();

    await page.keyboard.press('End');
    const focused = atlas.list.locator('li').filter({ has: page.locator(':focus') });
    await expect(focused).toHaveAttribute('aria-posinset', String(byDate.length));
    await expect(focused).toContainText(last.title);
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(atlas.detailsTitle).toHaveText(last.title);
    await expect(page).toHaveURL(new RegExp(`#event=${last.id}$`));
    await expect(atlas.list.locator('[aria-current="true"]')).toBeFocused();
    expect(await atlas.rows.count()).toBeLessThan(MAX_ROWS_IN_DOM);

    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('aria-posinset', '1');
    await expect(focused).toBeInViewport();
    await page.keyboard.press('ArrowDown');
    await expect(focused).toHaveAttribute('aria-posinset', '2');
    expect(await atlas.rows.count()).toBeLessThan(MAX_ROWS_IN_DOM);
  });

  test('a link to a late event opens with its row in view; the skip link finds it after scrolling away', async ({ page }) => {
    const late = byDate[byDate.length - 40]!;
    const atlas = await open(page, `#event=${late.id}`);
    const current = atlas.list.locator('[aria-current="true"]');
    await expect(atlas.detailsTitle).toHaveText(late.title);
    await expect(current).toContainText(late.title);
    await expect(current).toBeInViewport();
    // The crowded timeline draws density strips (timeline-scale.spec.ts), and the selected event over them.
    const timeline = page.getByTestId('timeline');
    await expect(timeline.locator('.density-strip').first()).toBeVisible();
    await expect(timeline.locator('.vis-item.vis-selected[data-id]')).toContainText(late.title);

    // The reader scrolls the list back to the top; the selected row leaves the view but stays the Tab stop.
    await atlas.rows.first().hover();
    await page.mouse.wheel(0, -1_000_000);
    await expect(atlas.list.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
    await expect(current).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to the events list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(current).toBeFocused();
    await expect(current).toBeInViewport();
  });

  test('an event selected elsewhere (a link followed in the page) scrolls into view in the list', async ({ page }) => {
    const late = byDate[byDate.length - 200]!;
    const atlas = await open(page);
    await expect(atlas.rows.first()).toBeInViewport();
    // Following a link within the page is how the timeline, the map and Back select: through the store.
    await page.evaluate((hash) => { location.hash = hash; }, `#event=${late.id}`);
    await expect(atlas.detailsTitle).toHaveText(late.title);
    const current = atlas.list.locator('[aria-current="true"]');
    await expect(current).toContainText(late.title);
    await expect(current).toBeInViewport();
    expect(await atlas.rows.count()).toBeLessThan(MAX_ROWS_IN_DOM);
  });
});
