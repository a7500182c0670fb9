import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { eventTimeSpan } from '../src/data/eventTimeSpan.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { expectInTimelineView } from './timeline-view.ts';

const dated = seedDataset().events.filter((e) => e.date !== null);
const startOf = (id: string | null): number => {
  const event = dated.find((e) => e.id === id);
  return event?.date ? eventTimeSpan(event.date).start.getTime() : NaN;
};
const starts = dated.map((e) => startOf(e.id));

/** The id of the event whose timeline label has the keyboard focus, or null. */
async function focusedId(page: Page): Promise<string | null> {
  const item = atlasPage(page).items.filter({ has: page.locator(':focus') });
  return (await item.count()) === 1 ? item.getAttribute('data-id') : null;
}

test.describe('A keyboard user moves through the timeline with one Tab stop', () => {
  test('Tab stops once on the events, the arrows move in time order, Enter selects', async ({ page }) => {
    test.skip(dated.length < 3, 'the seeds need three dated events');
    const atlas = atlasPage(page);
    await atlas.open();
    // By place there are more rows than fit: the latest event starts in a row scrolled out of view.
    await atlas.timeline.getByRole('radio', { name: 'Place' }).check();
    const toolbarLast = atlas.timeline.getByRole('checkbox', { name: 'Map shows only the visible period' });
    await toolbarLast.focus();

    // One stop, on the earliest event, which tells how to go on.
    await page.keyboard.press('Tab');
    await expect.poll(async () => startOf(await focusedId(page))).toBe(Math.min(...starts));
    await expect(page.locator(':focus')).toHaveAccessibleDescription(/Arrow keys move between events/);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => startOf(await focusedId(page))).toBe(Math.min(...starts));

    // The arrows go forward and back in time, across rows; End and Home to the latest and the earliest.
    const first = await focusedId(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedId(page)).not.toBe(first);
    const second = await focusedId(page);
    expect(startOf(second)).toBeGreaterThanOrEqual(startOf(first));
    await page.keyboard.press('End');
    await expect.poll(async () => startOf(await focusedId(page))).toBe(Math.max(...starts));
    await expectInTimelineView(page, atlas.items.filter({ has: page.locator(':focus') }));
    await page.keyboard.press('Home');
    await expect.poll(() => focusedId(page)).toBe(first);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedId(page)).toBe(second);

    // Enter selects; the selection is then the stop a later Tab comes back to.
    await page.keyboard.press('Enter');
    const title = await page.locator(':focus').textContent();
    await expect(atlas.details.getByRole('heading', { level: 2, name: title ?? '', exact: true })).toBeVisible();
    await expect(atlas.items.and(page.locator('.vis-selected'))).toHaveAttribute('data-id', second ?? '');
    await toolbarLast.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe(second);
  });
});
