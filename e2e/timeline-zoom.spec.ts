import { expect, test } from './test.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { timelineView } from './timeline-view.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';

const latestEnd = Math.max(
  ...seedDataset().events.flatMap((e) => (e.date ? [eventTimeSpan(e.date).end.getTime()] : [])),
);
const span = (w: { start: number; end: number }) => w.end - w.start;

test.describe('A reader zooms the timeline', () => {
  test('Zoom in, Zoom out and Fit all change the visible period', async ({ page }) => {
    const atlas = atlasPage(page);
    const timeline = timelineView(page);
    await atlas.open();
    const framed = await timeline.window();

    await atlas.timeline.getByRole('button', { name: 'Zoom in timeline' }).click();
    const zoomedIn = await timeline.windowAfter(framed);
    expect(span(zoomedIn) / span(framed)).toBeCloseTo(0.5, 2);

    await atlas.timeline.getByRole('button', { name: 'Zoom out timeline' }).click();
    const zoomedOut = await timeline.windowAfter(zoomedIn);
    expect(span(zoomedOut) / span(framed)).toBeCloseTo(1, 2);

    await atlas.timeline.getByRole('button', { name: 'Zoom in timeline' }).click();
    await timeline.windowAfter(zoomedOut);
    await atlas.timeline.getByRole('button', { name: 'Fit all' }).click();
    // Framed like the first view: every event in it, from the same left edge (the right edge leaves room
    // for labels, measured more exactly once the row labels exist).
    await expect.poll(async () => (await timeline.window()).start).toBe(framed.start);
    const fitted = await timeline.window();
    expect(fitted.end).toBeGreaterThanOrEqual(latestEnd);
  });

  test('the zoom buttons answer the keyboard, with motion reduced', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const atlas = atlasPage(page);
    const timeline = timelineView(page);
    await atlas.open();
    const framed = await timeline.window();

    await atlas.timeline.getByRole('button', { name: 'Zoom in timeline' }).focus();
    await page.keyboard.press('Enter');
    const zoomedIn = await timeline.windowAfter(framed);
    expect(span(zoomedIn) / span(framed)).toBeCloseTo(0.5, 2);

    await page.keyboard.press('Tab');
    await expect(atlas.timeline.getByRole('button', { name: 'Zoom out timeline' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect.poll(async () => span(await timeline.window()) / span(framed)).toBeCloseTo(1, 2);
  });

  test('a link with a period opens the timeline on that period', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open('#from=2017-03-01&to=2017-10-01');
    await expect.poll(() => timelineView(page).window())
      .toEqual({ start: new Date(2017, 2, 1).getTime(), end: new Date(2017, 9, 1).getTime() });
  });
});
