import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { mapPage } from './mapPage.ts';

test.describe('The map’s controls are accessible', () => {
  test('axe finds no violations in the map, with the legend open and the online option refused', async ({ page }) => {
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.legendToggle.click();
    await expect(atlas.legendTypes).toHaveCount(7);
    await atlas.online.click();
    await expect(atlas.online).toBeDisabled();
    const results = await new AxeBuilder({ page }).include('.app-map').analyze();
    expect(results.violations).toEqual([]);
  });

  test('axe finds no violations with clusters on the map', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.zoomOutFully();
    const results = await new AxeBuilder({ page }).include('.app-map').analyze();
    expect(results.violations).toEqual([]);
  });

  test('a keyboard user reaches every map control in order, with a visible focus ring', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.zoomIn.focus();
    const order = [atlas.zoomOut, atlas.fitAll, atlas.focusLibya, atlas.online];
    for (const control of order) {
      await page.keyboard.press('Tab');
      await expect(control).toBeFocused();
      await expect(control).not.toHaveCSS('outline-style', 'none');
    }
    await page.keyboard.press('Space');
    await expect(atlas.online).toBeDisabled();
  });

  test('the legend opens and closes from the keyboard', async ({ page }) => {
    const atlas = mapPage(page);
    await atlas.open();
    await atlas.legendToggle.focus();
    await page.keyboard.press('Enter');
    await expect(atlas.legend).toHaveAttribute('open', '');
    await expect(atlas.legendTypes).toHaveCount(7);
    await page.keyboard.press('Enter');
    await expect(atlas.legend).not.toHaveAttribute('open');
  });
});
