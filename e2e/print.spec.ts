import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import type { Event } from '../src/compiler/schema.ts';
import { describeCertainty } from '../src/data/certainties.ts';
import { sortByDate } from '../src/store/sortByDate.ts';
import { atlasPage } from './atlasPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const documentTitle = (id: string) => dataset.documents.find((d) => d.id === id)?.title ?? id;

function handout(page: Page) {
  const region = page.getByRole('region', { name: 'Print handout' });
  return { region, events: region.getByRole('article'), titles: region.getByRole('heading', { level: 2 }) };
}

/** Each printed event shows its certainty in words and every quote with its document's title. */
async function expectEventsPrinted(page: Page, events: Event[]): Promise<void> {
  const { events: printed, titles } = handout(page);
  await expect(titles).toHaveText(events.map((e) => e.title));
  for (const [i, event] of events.entries()) {
    const article = printed.nth(i);
    await expect(article).toContainText(describeCertainty(event.certainty));
    for (const source of event.sources) {
      await expect(article.getByRole('blockquote').filter({ hasText: source.quote })).toHaveCount(1);
      await expect(article).toContainText(documentTitle(source.document));
    }
  }
}

test.describe('A reader prints a handout', () => {
  test('prints every event by date with its facts and sources, and none of the app', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await expect(handout(page).region).toHaveCount(0);

    await page.emulateMedia({ media: 'print' });
    await expect(handout(page).region).toBeVisible();
    await expect(handout(page).region.getByRole('heading', { level: 1 })).toHaveText('Conflict Atlas');
    await expect(handout(page).region).toContainText(`All ${dataset.events.length} events by date`);
    await expectEventsPrinted(page, sortByDate(dataset.events));
    await expect(atlas.map).toBeHidden();
    await expect(atlas.timeline).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();

    // Back on screen the handout is gone and the atlas is as it was.
    await page.emulateMedia({ media: 'screen' });
    await expect(handout(page).region).toHaveCount(0);
    await expect(atlas.markers.first()).toBeVisible();
    await expect(atlas.items.first()).toBeVisible();
  });

  test('with a filter, prints only the events it leaves and says which filter', async ({ page }) => {
    const battles = sortByDate(dataset.events.filter((e) => e.type === 'battles'));
    expect(battles.length).toBeGreaterThan(0);
    await atlasPage(page).open('#type=battles');
    await page.emulateMedia({ media: 'print' });
    await expect(handout(page).region)
      .toContainText(`${battles.length} of ${dataset.events.length} events by date, filtered by type: Battle`);
    await expectEventsPrinted(page, battles);
  });

  test('in story mode, prints the story’s steps in order', async ({ page }) => {
    // Without seeds/story.yaml the story is the events by date; with one, its steps in their order.
    const authored = dataset.story?.steps.flatMap((step) => dataset.events.filter((e) => e.id === step.eventId)) ?? [];
    const steps = authored.length ? authored : sortByDate(dataset.events);
    await atlasPage(page).open('#story=1');
    await page.emulateMedia({ media: 'print' });
    await expect(handout(page).region).toContainText(`story in ${steps.length} steps`);
    await expect(handout(page).events.first()).toContainText(`Step 1 of ${steps.length}`);
    await expect(handout(page).events.last()).toContainText(`Step ${steps.length} of ${steps.length}`);
    await expectEventsPrinted(page, steps);
  });

  test('the Export menu’s Print handout has the handout in the page before the browser lays it out', async ({ page }) => {
    await atlasPage(page).open();
    // Record, at the moment the browser announces printing, whether the handout is already there. This
    // listener is added after the app's, so it runs after the app has rendered the handout.
    await page.evaluate(() => {
      window.addEventListener('beforeprint', () => {
        document.body.dataset.handoutAtBeforePrint = String(document.querySelector('.print-handout article') !== null);
      });
    });
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('group', { name: 'Export the events on view' }).getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-handout-at-before-print', 'true');
  });
});
