import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { timelineView, touchesWindow } from './timeline-view.ts';

const placed = seedDataset().events.filter((e) => e.place !== null);

test.describe('A reader limits the map to the period the timeline shows', () => {
  test('with the filter on, zooming the timeline hides markers outside the period', async ({ page }) => {
    const atlas = atlasPage(page);
    const timeline = timelineView(page);
    await atlas.open();
    const filter = atlas.timeline.getByRole('checkbox', { name: 'Map shows only the visible period' });
    await expect(filter).not.toBeChecked();
    await filter.check();
    // Nothing hidden yet: the first view frames every event.
    await expect(atlas.markers).toHaveCount(placed.length);

    // Zoom in until the period leaves some event out (which zoom does depends on the seeds' dates).
    let window = await timeline.window();
    for (let i = 0; i < 8 && placed.every((e) => touchesWindow(e, window)); i += 1) {
      await atlas.timeline.getByRole('button', { name: 'Zoom in timeline' }).click();
      window = await timeline.windowAfter(window);
    }
    const shown = placed.filter((e) => touchesWindow(e, window));
    const hidden = placed.filter((e) => !touchesWindow(e, window));
    expect(hidden.length, 'zooming in should leave some events out of the period').toBeGreaterThan(0);
    for (const e of hidden) await expect(atlas.marker(e.title)).toHaveCount(0);
    for (const e of shown) await expect(atlas.marker(e.title)).not.toHaveCount(0);

    await filter.uncheck();
    await expect(atlas.markers).toHaveCount(placed.length);
  });
});
