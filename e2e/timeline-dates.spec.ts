import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';
import { timelineView } from './timeline-view.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';
import { formatEventDate } from '../src/data/formatEventDate.ts';

const events = eventsOnBothViews(seedDataset());

test.describe('The timeline draws dates as precisely as the text gave them', () => {
  test('an approximate range is drawn fuzzy and captioned "about"', async ({ page }) => {
    const event = events.find((e) => e.date.approximate && e.date.end);
    if (!event) throw new Error('The seeds yield no approximate range.');
    const atlas = atlasPage(page);
    await atlas.open();
    const item = atlas.item(event.title);
    await expect(item).toContainClass('vis-range');
    await expect(item).toContainClass('is-approximate');
    await expect(item.locator('[data-date]')).toHaveAttribute('data-date', formatEventDate(event.date));
    await expect(item.locator('[data-date]')).toHaveAttribute('data-date', /^about /);
  });

  test('a month-precision event spans its whole month, captioned with the month', async ({ page }) => {
    const event = events.find((e) => e.date.precision === 'month' && !e.date.end);
    if (!event) throw new Error('The seeds yield no month-precision event.');
    const atlas = atlasPage(page);
    const timeline = timelineView(page);
    await atlas.open();
    const item = atlas.item(event.title);
    await expect(item).toContainClass('is-month');
    await expect(item.locator('[data-date]')).toHaveAttribute('data-date', formatEventDate(event.date));
    await expect(item.locator('[title]')).toHaveAttribute('title', `${formatEventDate(event.date)}: ${event.title}`);

    // Its width is the month's share of the visible window, in the item area's pixels.
    const window = await timeline.window();
    const area = await timeline.canvas.locator('.vis-panel.vis-center').boundingBox();
    const box = await item.boundingBox();
    if (!area || !box) throw new Error('no box');
    const span = eventTimeSpan(event.date);
    const expected = ((span.end.getTime() - span.start.getTime()) / (window.end - window.start)) * area.width;
    expect(Math.abs(box.width - expected)).toBeLessThan(2.5);
    const left = area.x + ((span.start.getTime() - window.start) / (window.end - window.start)) * area.width;
    expect(Math.abs(box.x - left)).toBeLessThan(2.5);
  });

  test('a day is a point, without a caption', async ({ page }) => {
    const event = events.find((e) => e.date.precision === 'day' && !e.date.end);
    if (!event) throw new Error('The seeds yield no day-precision event.');
    const atlas = atlasPage(page);
    await atlas.open();
    await expect(atlas.item(event.title)).toContainClass('vis-point');
    await expect(atlas.item(event.title).locator('[data-date]')).toHaveCount(0);
  });
});
