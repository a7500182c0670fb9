import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { expectInRow, expectRowsAligned, timelineView, TYPE_LABELS } from './timeline-view.ts';

const dated = seedDataset().events.filter((e) => e.date !== null);
const labelOf = new Map(TYPE_LABELS);

test.describe('A keyboard user walks the timeline', () => {
  test('the arrow keys reach every item, and each stays in its row with its label in view', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    const canvas = await timelineView(page).canvas.boundingBox();
    if (!canvas) throw new Error('no timeline box');
    // The items are one Tab stop, right after the timeline's toolbar.
    await atlas.timeline.getByRole('checkbox', { name: 'Map shows only the visible period' }).focus();
    await page.keyboard.press('Tab');

    const seen = new Set<string>();
    for (let i = 0; i < dated.length; i += 1) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const item = atlas.items.filter({ has: page.locator(':focus') });
      const focusedId = async () => ((await item.count()) === 1 ? item.getAttribute('data-id') : null);
      // A move to an item vis has not drawn yet lands once the timeline has scrolled to it.
      await expect.poll(async () => {
        const id = await focusedId();
        return id !== null && !seen.has(id);
      }).toBe(true);
      const id = await focusedId();
      const event = dated.find((e) => e.id === id);
      if (!id || !event) throw new Error('focused item is no dated event');
      seen.add(id);
      // The rows follow the focus, they do not slide off their labels.
      await expectRowsAligned(page);
      await expectInRow(timelineView(page).rowLabels.filter({ hasText: labelOf.get(event.type) ?? '' }), item);
      await expect(async () => {
        const label = await page.locator(':focus').boundingBox();
        expect(label && label.y >= canvas.y && label.y + label.height <= canvas.y + canvas.height).toBe(true);
      }).toPass();
    }
  });
});
