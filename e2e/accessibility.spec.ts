import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { atlasPage } from './atlasPage.ts';

test.describe('Accessibility', () => {
  test('axe finds no violations on load', async ({ page }) => {
    await atlasPage(page).open();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('axe finds no violations with an event selected', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.items.first().click();
    await expect(atlas.details.getByRole('heading', { level: 2 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test('the page has the landmarks a screen reader user navigates by', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await expect(atlas.map).toBeVisible();
    await expect(atlas.timeline).toBeVisible();
    await expect(atlas.details).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
  });
});
