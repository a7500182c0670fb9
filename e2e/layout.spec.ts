import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';

/** Boxes of the three views, for layout assertions. */
async function boxes(page: Page) {
  const atlas = atlasPage(page);
  const [map, timeline, details] = await Promise.all([atlas.map, atlas.timeline, atlas.details].map((l) => l.boundingBox()));
  if (!map || !timeline || !details) throw new Error('a view has no box');
  return { map, timeline, details };
}

test.describe('Layout', () => {
  test('wide screen: map over timeline, details beside them, all in one viewport', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await atlasPage(page).open();
    const { map, timeline, details } = await boxes(page);
    expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(details.x).toBeGreaterThanOrEqual(map.x + map.width);
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(800);
    await testInfo.attach('wide', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('narrow screen: map, timeline and details stacked, full width', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await atlasPage(page).open();
    const { map, timeline, details } = await boxes(page);
    expect(timeline.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(details.y).toBeGreaterThanOrEqual(timeline.y + timeline.height);
    for (const box of [map, timeline, details]) expect(box.width).toBeGreaterThan(340);
    await testInfo.attach('narrow', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
});
