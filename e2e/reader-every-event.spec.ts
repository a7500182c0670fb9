import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const documents = new Map(dataset.documents.map((d) => [d.id, d]));

// Issue 15: the reader once opened on "Meeting in Rome" with nothing highlighted. Every event, every source.
test.describe('A reader checks every event against its source', () => {
  for (const event of dataset.events) {
    test(`${event.title}: each source opens with its sentence highlighted`, async ({ page }) => {
      const atlas = panelsPage(page);
      await atlas.open(`#event=${event.id}`);
      for (const [i, source] of event.sources.entries()) {
        // The details list the sources in order, each with its own button.
        await atlas.details.getByRole('button', { name: `Read source: ${documents.get(source.document)!.title}` }).and(
          atlas.details.getByRole('button', { name: /^Read source: / }).nth(i)).click();
        await expect(atlas.reader.locator('mark')).toHaveText(source.quote);
        await page.keyboard.press('Escape');
        await expect(atlas.reader).toBeHidden();
      }
    });
  }
});
