import { expect, test } from './test.ts';
import { panelsPage } from './panelsPage.ts';
import { seedDataset } from './seedDataset.ts';

const dataset = seedDataset();
const documents = new Map(dataset.documents.map((d) => [d.id, d]));
const actors = new Map(dataset.actors.map((a) => [a.id, a.name]));
const find = (what: string, keep: (e: (typeof dataset.events)[number]) => boolean) => {
  const event = dataset.events.find(keep);
  if (!event) throw new Error(`The seeds yield no ${what}.`);
  return event;
};

test.describe('A reader studies one event in the details panel', () => {
  test('sees date and place with their precision, actors, type and certainty in words', async ({ page }) => {
    const event = find('dated range with actors', (e) => !!e.date?.end && e.actors.length > 0 && e.place !== null);
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);

    await expect(atlas.detailsTitle).toHaveText(event.title);
    const facts = atlas.details.getByRole('definition');
    await expect(facts.nth(0)).toHaveText(new RegExp(`\\(${event.date!.precision}\\)$`));
    if (event.date!.approximate) await expect(facts.nth(0)).toHaveText(/^about /);
    await expect(facts.nth(1)).toHaveText(new RegExp(`^${event.place!.name} — ${event.place!.precision}`));
    await expect(facts.nth(2)).toHaveText(event.actors.map((id) => actors.get(id)).join(', '));
    await expect(facts.nth(4)).toContainText(new RegExp(`^${event.certainty} — `, 'i'));
  });

  test('sees an approximate place said in words', async ({ page }) => {
    const event = find('approximate place', (e) => !!e.place?.approximate);
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    await expect(atlas.details).toContainText(`${event.place!.name} — ${event.place!.precision}, approximate location`);
  });

  test('sees every source with its quote, document title and publication date', async ({ page }) => {
    const event = find('event with two sources', (e) => e.sources.length > 1);
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    const quotes = atlas.details.getByRole('blockquote');
    await expect(quotes).toHaveCount(event.sources.length);
    for (const [i, source] of event.sources.entries()) {
      await expect(quotes.nth(i)).toHaveText(source.quote);
      const doc = documents.get(source.document)!;
      await expect(atlas.details.getByRole('listitem').nth(i)).toContainText(`${doc.title}, published ${doc.published}`);
    }
  });

  test('reads the whole source with the quote highlighted, closes it with Escape and gets focus back', async ({ page }) => {
    const event = find('event with a source', (e) => e.sources.length > 0 && e.place !== null);
    const source = event.sources.at(-1)!;
    const doc = documents.get(source.document)!;
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);

    const readButton = atlas.details.getByRole('button', { name: `Read source: ${doc.title}` }).last();
    await readButton.click();
    await expect(atlas.reader).toBeVisible();
    await expect(atlas.reader).toHaveAccessibleName(doc.title);
    const mark = atlas.reader.locator('mark');
    await expect(mark).toHaveText(source.quote);
    await expect(mark).toBeInViewport();
    // Paragraphs, as text: the reader shows the whole document.
    const lastParagraph = doc.text!.trim().split('\n').filter((l) => l.trim()).at(-1)!;
    await expect(atlas.reader.getByText(lastParagraph.trim(), { exact: true })).toBeAttached();

    await page.keyboard.press('Escape');
    await expect(atlas.reader).toBeHidden();
    await expect(readButton).toBeFocused();
  });

  test('with reduced motion, the quote is in view as soon as the reader opens', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const event = find('event with a late quote', (e) => e.sources.some((s) => s.line > 10));
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    await atlas.details.getByRole('button', { name: /^Read source/ }).last().click();
    await expect(atlas.reader.locator('mark')).toBeInViewport();
    await atlas.reader.getByRole('button', { name: 'Close' }).click();
    await expect(atlas.reader).toBeHidden();
  });
});
