import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { panelsPage } from './panelsPage.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';
import { seedDataset } from './seedDataset.ts';
import { expectInRow, expectInTimelineView, timelineView, touchesWindow } from './timeline-view.ts';

/** The latest events: the Events list, in date order, ends with one of them. */
const dated = seedDataset().events.filter((e) => e.date !== null);
const lastStart = Math.max(...dated.map((e) => eventTimeSpan(e.date!).start.getTime()));
const latest = dated.filter((e) => eventTimeSpan(e.date!).start.getTime() === lastStart);

/**
 * Groups the timeline by place (more rows than fit, so the last one starts scrolled out of view) and zooms
 * in until the latest events are outside the window.
 */
async function hideLatestEvents(page: Page): Promise<void> {
  const atlas = atlasPage(page);
  const timeline = timelineView(page);
  await atlas.timeline.getByRole('radio', { name: 'Place' }).check();
  let window = await timeline.window();
  for (let zooms = 0; latest.some((e) => touchesWindow(e, window)); zooms += 1) {
    if (zooms === 8) throw new Error('zooming in never left the latest events out of the window');
    await atlas.timeline.getByRole('button', { name: 'Zoom in timeline' }).click();
    window = await timeline.windowAfter(window);
  }
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 1280, height: 720 }]) {
  test.describe(`The timeline follows the selection (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport });

    test('an event picked in the list, in the last row and outside the window, comes into view', async ({ page }) => {
      const atlas = atlasPage(page);
      const list = panelsPage(page);
      await atlas.open();
      await hideLatestEvents(page);
      // The premise: the last row starts below the visible rows.
      const lastRow = timelineView(page).rowLabels.last();
      await expect(async () => {
        const [row, area] = await Promise.all([lastRow.boundingBox(), atlas.timeline.locator('.vis-panel.vis-center').boundingBox()]);
        expect(row && area && row.y + row.height > area.y + area.height).toBe(true);
      }).toPass();

      await list.rows.last().click();
      const selected = atlas.items.and(page.locator('.vis-selected'));
      await expectInTimelineView(page, selected);
      await expectInRow(lastRow, selected);
    });

    test('a link to an event outside the linked period opens with the event in view', async ({ page }) => {
      const atlas = atlasPage(page);
      const list = panelsPage(page);
      await atlas.open();
      await hideLatestEvents(page);
      const period = new URL(page.url()).hash;
      await list.rows.last().click();
      const id = await atlas.items.and(page.locator('.vis-selected')).getAttribute('data-id');
      if (!id) throw new Error('the selected item has no id');

      await page.goto('about:blank');
      await atlas.open(`${period}&event=${id}`);
      const item = atlas.items.and(page.locator(`[data-id="${id}"]`));
      await expect(item).toContainClass('vis-selected');
      await expectInTimelineView(page, item);
      await expectInRow(timelineView(page).rowLabels.last(), item);
    });
  });
}
