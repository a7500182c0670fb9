import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const event = dataset.events.find((e) => e.sources.length > 0 && e.place !== null);
if (!event) throw new Error('The seeds yield no event with a source.');
const source = event.sources[0]!;
const doc = dataset.documents.find((d) => d.id === source.document)!;

/** The archive case: the page fetches the dataset as data, and a document's text only when it is read. */
test.describe('A reader on a site with a large archive', () => {
  test('loads the events as one data file, and a document only when reading it', async ({ page }) => {
    const texts: string[] = [];
    page.on('request', (r) => { if (/\/assets\/text-[0-9a-f]+\.txt$/.test(r.url())) texts.push(r.url()); });
    const datasetResponse = page.waitForResponse((r) => /\/assets\/dataset-[0-9a-f]+\.json$/.test(r.url()));
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    expect((await datasetResponse).ok()).toBe(true);
    await expect(atlas.detailsTitle).toHaveText(event.title);
    expect(texts).toEqual([]);

    await atlas.details.getByRole('button', { name: `Read source: ${doc.title}` }).first().click();
    await expect(atlas.reader.locator('mark')).toHaveText(source.quote);
    const lastParagraph = doc.text!.trim().split('\n').filter((l) => l.trim()).at(-1)!;
    await expect(atlas.reader.getByText(lastParagraph.trim(), { exact: true })).toBeAttached();
    expect(texts).toHaveLength(1);
  });

  test('still reads the quoted sentence when the document cannot be fetched', async ({ page }) => {
    await page.route(/\/assets\/text-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 503, body: '' }));
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    await atlas.details.getByRole('button', { name: `Read source: ${doc.title}` }).first().click();
    await expect(atlas.reader.getByRole('status')).toContainText('could not be loaded');
    await expect(atlas.reader.locator('mark')).toHaveText(source.quote);
  });

  test('is told, in words, when the events cannot be fetched', async ({ page }) => {
    await page.route(/\/assets\/dataset-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('./');
    await expect(page.getByText(/The events could not be loaded \(.*HTTP 404\)/)).toBeVisible();
  });
});
