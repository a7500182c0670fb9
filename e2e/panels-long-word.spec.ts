import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';

// Issue 16.5: one unbroken 200,000-letter word in a joined script (Arabic) blocked the page for 23–35 s
// when its event was selected: the browser reshaped the whole word for every line it wrapped. The story
// gives the page 5 s, about 25 times what it needs now (~200 ms).
const word = 'ب'.repeat(200_000);
const [target] = eventsOnBothViews(seedDataset());

test.describe('A reader selects an event whose quote holds a 200,000-letter word', () => {
  for (const width of [1280, 390]) {
    test(`sees it wrapped inside the details panel at once, ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.route(/\/assets\/dataset-[0-9a-f]+\.json$/, async (route) => {
        const response = await route.fetch();
        const data = await response.json();
        data.events.find((e: { id: string }) => e.id === target!.id).sources[0].quote = word;
        await route.fulfill({ response, json: data });
      });
      const atlas = panelsPage(page);
      await atlas.open();
      await atlas.search.fill(target!.title);
      const quote = atlas.details.getByRole('blockquote').first();
      // A hung page does not let an assertion time out (the browser answers nothing), so the story times it.
      const started = Date.now();
      await atlas.row(target!.title).click();
      await expect(quote).toHaveText(word);
      expect(Date.now() - started, 'ms from the click to the wrapped quote').toBeLessThan(5_000);
      // Wrapped, not overflowing: neither the panel nor the page scrolls sideways.
      expect(await atlas.details.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const [panel, box] = [await atlas.details.boundingBox(), await quote.boundingBox()];
      expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
    });
  }
});
