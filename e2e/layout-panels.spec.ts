import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { panelsPage } from './panelsPage.ts';

// Screenshots land in <output dir>/screens/ (test-results/screens by default), for a human look.
const VIEWPORTS = [
  { width: 1920, height: 1080 }, { width: 1280, height: 800 }, { width: 1280, height: 720 }, { width: 390, height: 844 },
  { width: 360, height: 640 }, { width: 320, height: 640 }, { width: 400, height: 300 },
];

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box');
  return b;
}

async function expectInFirstScreen(page: Page, locator: Locator, minHeight: number) {
  const viewport = page.viewportSize()!;
  const b = await box(locator);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(b.height).toBeGreaterThanOrEqual(minHeight);
  expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 1);
}

test.describe('Layout from projectors to phones and small embeds', () => {
  for (const viewport of VIEWPORTS) {
    test(`${viewport.width}×${viewport.height}: map and timeline share the first screen, panels keep out of their way`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      const atlas = panelsPage(page);
      await atlas.open();
      const map = page.getByRole('region', { name: 'Map' });
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const minHeight = viewport.height < 400 ? 90 : 140;
      await expectInFirstScreen(page, map, minHeight);
      await expectInFirstScreen(page, timeline, minHeight);
      await expect(atlas.search).toBeInViewport();
      await expect(atlas.summary).toBeInViewport();
      // The toolbar wraps rather than cutting Export off, down to 320 px.
      await expect(page.getByText('Export', { exact: true })).toBeInViewport({ ratio: 1 });
      // No sideways scrolling at any width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

      const dir = join(testInfo.project.outputDir, 'screens');
      mkdirSync(dir, { recursive: true });
      const name = `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: `${dir}/${name}.png` });

      // Opening the filters lays them over the map; the map and timeline do not move.
      const before = await box(timeline);
      await atlas.filtersButton.click();
      await expect(atlas.filters.getByRole('group', { name: 'Event type' })).toBeVisible();
      expect(await box(timeline)).toEqual(before);
      await page.screenshot({ path: `${dir}/${name}-filters.png` });
      await atlas.filtersButton.click();

      // A tap on an event in the list shows its details on screen, even where they sit above the list.
      await atlas.rows.last().click();
      await expect(atlas.detailsTitle).toBeInViewport();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: `${dir}/${name}-selected.png`, fullPage: true });
      await atlas.details.getByRole('button', { name: /^Read source/ }).first().click();
      await expect(atlas.reader.locator('mark')).toBeInViewport();
      await page.screenshot({ path: `${dir}/${name}-reader.png` });
      await testInfo.attach(name, { path: `${dir}/${name}.png`, contentType: 'image/png' });
    });
  }
});
