import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';
import { expectInRow, timelineView, TYPE_LABELS } from './timeline-view.ts';

const dataset = seedDataset();
const dated = dataset.events.filter((e) => e.date !== null);

const typeRows = TYPE_LABELS.filter(([type]) => dated.some((e) => e.type === type)).map(([, label]) => label);

/** Places, busiest first, then by name; events without a place last. */
function placeRows(): string[] {
  const counts = new Map<string, number>();
  for (const e of dated) if (e.place) counts.set(e.place.name, (counts.get(e.place.name) ?? 0) + 1);
  const rows = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en')).map(([name]) => name);
  return dated.some((e) => !e.place) ? [...rows, 'Unknown place'] : rows;
}

test.describe('A reader groups the timeline', () => {
  test('rows are event types by default, and places after switching to Place', async ({ page }) => {
    const atlas = atlasPage(page);
    const timeline = timelineView(page);
    await atlas.open();
    const groupBy = atlas.timeline.getByRole('group', { name: 'Group by' });
    await expect(groupBy.getByRole('radio', { name: 'Type' })).toBeChecked();
    await expect(timeline.rowLabels).toHaveText(typeRows);

    await expect(atlas.items).toHaveCount(dated.length);

    // With a row per place the rows can outgrow the timeline; vis draws only the rows in view, so the
    // items are checked row by row in the next story, not counted here.
    await groupBy.getByRole('radio', { name: 'Place' }).check();
    await expect(timeline.rowLabels).toHaveText(placeRows());

    await groupBy.getByRole('radio', { name: 'Type' }).check();
    await expect(timeline.rowLabels).toHaveText(typeRows);
    await expect(atlas.items).toHaveCount(dated.length);
  });

  test('an event sits in the row of its place', async ({ page }) => {
    const event = dated.find((e) => e.place && dated.filter((x) => x.title === e.title).length === 1);
    if (!event?.place) throw new Error('The seeds yield no placed, dated event with a unique title.');
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.timeline.getByRole('radio', { name: 'Place' }).check();

    const row = timelineView(page).rowLabels.filter({ hasText: event.place.name });
    await expect(row).toHaveCount(1);
    await expectInRow(row, atlas.item(event.title));
  });

  test('the grouping is keyboard operable', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await atlas.timeline.getByRole('radio', { name: 'Type' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(atlas.timeline.getByRole('radio', { name: 'Place' })).toBeChecked();
    await expect(timelineView(page).rowLabels.first()).toHaveText(placeRows()[0] ?? '');
  });
});

test('the timeline, its toolbar and its place rows have no axe violations', async ({ page }) => {
  const atlas = atlasPage(page);
  await atlas.open();
  await atlas.timeline.getByRole('radio', { name: 'Place' }).check();
  await expect(timelineView(page).rowLabels).toHaveText(placeRows());
  const results = await new AxeBuilder({ page }).include('.app-timeline').analyze();
  expect(results.violations).toEqual([]);
});
