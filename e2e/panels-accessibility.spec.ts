import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const event = dataset.events.find((e) => e.place && e.date)!;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

test.describe('Accessibility of the panels', () => {
  test('axe finds no violations on load', async ({ page }) => {
    await panelsPage(page).open();
    await expectNoViolations(page);
  });

  test('axe finds no violations with the filters open', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open('#type=diplomacy');
    await atlas.filtersButton.click();
    await expect(atlas.filters.getByRole('group', { name: 'Event type' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('axe finds no violations with an event selected and with the reader open', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    await expect(atlas.detailsTitle).toHaveText(event.title);
    await expectNoViolations(page);
    await atlas.details.getByRole('button', { name: /^Read source/ }).first().click();
    await expect(atlas.reader.locator('mark')).toBeVisible();
    await expectNoViolations(page);
  });

  test('the page has labelled regions for map, timeline, details, events and filters', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(atlas.details).toBeVisible();
    await expect(atlas.list).toBeVisible();
    await expect(atlas.filters).toBeVisible();
  });

  test('a keyboard user tabs from the search to the filters, the export menu and the list, with visible focus', async ({ page }) => {
    const atlas = panelsPage(page);
    await atlas.open();
    await atlas.search.focus();
    await page.keyboard.press('Tab');
    await expect(atlas.filtersButton).toBeFocused();
    const outline = await atlas.filtersButton.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Tab');
    const exportMenu = page.getByText('Export', { exact: true });
    await expect(exportMenu).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'GeoJSON' })).toBeFocused();
    // The list's one tabbable row is reachable too.
    await atlas.rows.first().focus();
    await page.keyboard.press('Enter');
    await expect(atlas.detailsTitle).toBeVisible();
  });
});
