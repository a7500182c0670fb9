import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { scaleAtlas } from './scaleAtlas.ts';
import type { Event } from '../src/compiler/schema.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';
import { timelineView } from './timeline-view.ts';

// The generated archive of about 2,000 events (scaleAtlas.ts).
const DENSITY = /Too many events to draw one by one/;

const { url, dataset } = scaleAtlas();
const span = (e: Event) => eventTimeSpan(e.date!);
/** Dated events in the timeline's reading order: by start, then end, ties in dataset order. */
const byTime = dataset.events.filter((e) => e.date)
  .map((e) => ({ e, s: span(e) }))
  .sort((a, b) => a.s.start.getTime() - b.s.start.getTime() || a.s.end.getTime() - b.s.end.getTime())
  .map(({ e }) => e);

test.describe.configure({ mode: 'serial', timeout: 60_000 });

async function open(page: Page, hash = '') {
  await page.goto(url + hash);
  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region.getByRole('button', { name: 'Fit all' })).toBeEnabled({ timeout: 30_000 });
  return { region, note: region.getByRole('status'), canvas: page.getByTestId('timeline') };
}

test.describe('A researcher reads two thousand events on the timeline', () => {
  test('zoomed out, the rows show how many events fall where, and say so; zooming in shows the events', async ({ page }) => {
    expect(byTime.length).toBeGreaterThan(1000);
    const { region, note, canvas } = await open(page);
    await expect(note).toHaveText(DENSITY);
    await expect(note).toContainText('Zoom in to see the events');
    // Density strips: one per row holding events (vis gives its items no role).
    await expect(canvas.locator('.density-strip').first()).toBeVisible();
    await expect(canvas.locator('.vis-item.event-item')).toHaveCount(0);
    expect((await new AxeBuilder({ page }).include('.app-timeline').analyze()).violations).toEqual([]);

    const timeline = timelineView(page);
    for (let i = 0; i < 12 && DENSITY.test((await note.textContent()) ?? ''); i++) {
      const before = await timeline.window();
      await region.getByRole('button', { name: 'Zoom in timeline' }).click();
      await timeline.windowAfter(before);
    }
    await expect(note).toHaveText('');
    await expect(canvas.locator('.density-strip')).toHaveCount(0);
    await expect(canvas.locator('.vis-item.event-item').first()).toBeVisible();
    expect(await canvas.locator('.vis-item.event-item').count()).toBeLessThanOrEqual(600);
  });

  test('the selected event is drawn at every zoom, over the density strips', async ({ page }) => {
    const chosen = byTime[Math.floor(byTime.length / 2)]!;
    const { note, canvas } = await open(page, `#event=${chosen.id}`);
    await expect(note).toHaveText(DENSITY);
    // A point is two vis elements (box and dot); the box carries the id.
    const selected = canvas.locator('.vis-item.vis-selected[data-id]');
    await expect(selected).toHaveCount(1);
    await expect(selected).toContainText(chosen.title);
    await expect(selected).toHaveAttribute('data-id', chosen.id);
  });

  test('the arrow keys move from the selected event to the next in time, drawn though the view shows density', async ({ page }) => {
    const at = byTime.findIndex((e, i) => i > byTime.length / 3 && byTime[i + 1]!.title !== e.title);
    const [from, next] = [byTime[at]!, byTime[at + 1]!];
    const { note, canvas } = await open(page, `#event=${from.id}`);
    await expect(note).toHaveText(DENSITY);
    const label = (id: string) => canvas.locator(`.vis-item[data-id="${id}"] .event-item__label`);
    await label(from.id).focus();
    await page.keyboard.press('ArrowRight');
    await expect(label(next.id)).toBeFocused();
    await expect(label(next.id)).toHaveText(next.title);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#event=${next.id}$`));
    await expect(canvas.locator('.vis-item.vis-selected[data-id]')).toHaveAttribute('data-id', next.id);
  });
});
