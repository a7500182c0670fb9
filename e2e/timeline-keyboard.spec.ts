import { expect, test } from '@playwright/test';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { expectInRow, expectRowsAligned, timelineView, TYPE_LABELS } from './timeline-view.ts';

const dated = seedDataset().events.filter((e) => e.date !== null);
const labelOf = new Map(TYPE_LABELS);

test.describe('A keyboard user walks the timeline', () => {
  test('Tab reaches every item, and each stays in its row with its label in view', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const canvas = await timelineView(page).canvas.boundingBox();
    if (!canvas) throw new Error('no timeline box');
    await atlas.items.first().getByRole('button').focus();

    for (let i = 0; i < dated.length; i += 1) {
      if (i > 0) await page.keyboard.press('Tab');
      const item = atlas.items.filter({ has: page.locator(':focus') });
      await expect(item).toHaveCount(1);
      const id = await item.getAttribute('data-id');
      const event = dated.find((e) => e.id === id);
      if (!event) throw new Error('focused item is no dated event');
      // The browser scrolls a focused label into view; the rows must follow it, not slide off their labels.
      await expectRowsAligned(page);
      await expectInRow(timelineView(page).rowLabels.filter({ hasText: labelOf.get(event.type) ?? '' }), item);
      const label = await page.locator(':focus').boundingBox();
      expect(label && label.y >= canvas.y && label.y + label.height <= canvas.y + canvas.height).toBe(true);
    }
  });
});
