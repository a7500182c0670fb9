import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { hostileDataset } from './hostileDataset.ts';
import { panelsPage } from './panelsPage.ts';

// Runs in the "hostile" project, against a build of e2e/fixtures/hostile-seeds (see playwright.config.ts):
// document titles, sources, quotes, a sidecar title and a place name full of HTML and javascript: payloads.
const dataset = hostileDataset();
const payloadEvent = dataset.events.find((e) => e.title.includes('onerror'));
const payloadDocument = dataset.documents.find((d) => d.source?.startsWith('javascript:'));
const safeDocument = dataset.documents.find((d) => d.source?.startsWith('https:'));

/** Fails the test if any payload ran: a dialog opened or a payload set window.__xss. */
function watchForScript(page: Page): string[] {
  const ran: string[] = [];
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return ran;
}

async function expectNothingRan(page: Page, ran: string[]) {
  expect(ran).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  // Payload elements would carry these attributes; the app's own markup never does.
  const injected = await page.locator('#root').evaluate((root) =>
    root.querySelectorAll('script, iframe, [onerror], [onload], [onmouseover], img[src="x"], a[href^="javascript:" i]').length);
  expect(injected).toBe(0);
}

test.describe('A hostile corpus stays text', () => {
  test.beforeAll(() => {
    if (!payloadEvent || !payloadDocument || !safeDocument) throw new Error('The hostile corpus lost its payloads.');
  });

  test('payloads show literally in the list, details, timeline, map and reader, and none runs', async ({ page }) => {
    const ran = watchForScript(page);
    const atlas = panelsPage(page);
    await atlas.open();
    const event = payloadEvent!;

    await expect(atlas.row(event.title)).toBeVisible();
    await atlas.row(event.title).click();
    await expect(atlas.detailsTitle).toHaveText(event.title);
    await expect(atlas.details).toContainText(event.place!.name);
    await expect(atlas.details).toContainText('Edited by the newsroom');
    await expect(page.getByTestId('timeline').getByText(event.title, { exact: true })).toBeAttached();
    const marker = page.getByRole('region', { name: 'Map' }).getByRole('button', { name: event.title, exact: true });
    await expect(marker).toBeAttached();
    await marker.hover({ force: true });
    const tooltip = page.locator('.leaflet-tooltip');
    if (await tooltip.count()) await expect(tooltip.first()).toContainText(event.title);

    await atlas.details.getByRole('button', { name: /^Read source/ }).first().click();
    await expect(atlas.reader).toBeVisible();
    await expect(atlas.reader.getByRole('heading')).toHaveText(dataset.documents.find((d) => d.id === event.sources[0]!.document)!.title);
    await expect(atlas.reader.locator('mark')).toHaveText(event.sources[0]!.quote);
    await expect(atlas.reader).toContainText('<script>window.__xss=4</script>');
    await page.keyboard.press('Escape');

    await expectNothingRan(page, ran);
  });

  test('quotes with markup stay text in the details panel', async ({ page }) => {
    const ran = watchForScript(page);
    const event = dataset.events.find((e) => e.sources.some((s) => s.quote.includes('<b onmouseover')))!;
    const atlas = panelsPage(page);
    await atlas.open(`#event=${event.id}`);
    await expect(atlas.details.getByRole('blockquote').first()).toHaveText(event.sources[0]!.quote);
    await atlas.details.getByRole('blockquote').first().hover();
    await expectNothingRan(page, ran);
  });

  test('a javascript: source is shown as text, an https source as a link', async ({ page }) => {
    const ran = watchForScript(page);
    const atlas = panelsPage(page);
    const hostile = dataset.events.find((e) => e.sources.some((s) => s.document === payloadDocument!.id))!;
    await atlas.open(`#event=${hostile.id}`);
    await expect(atlas.details).toContainText(`Original: ${payloadDocument!.source}`);
    await expect(atlas.details.getByRole('link')).toHaveCount(0);

    const safe = dataset.events.find((e) => e.sources.some((s) => s.document === safeDocument!.id))!;
    await atlas.row(safe.title).click();
    await expect(atlas.details.getByRole('link', { name: 'Original article' })).toHaveAttribute('href', safeDocument!.source!);
    await expectNothingRan(page, ran);
  });

  test('payloads in the link and the search box stay text', async ({ page }) => {
    const ran = watchForScript(page);
    const atlas = panelsPage(page);
    const payload = '"><img src=x onerror=window.__xss=11>';
    await atlas.open(`#q=${encodeURIComponent(payload)}&place=${encodeURIComponent('<svg onload=window.__xss=12>')}`);
    await expect(atlas.search).toHaveValue(payload);
    await atlas.filtersButton.click();
    await expect(atlas.checkbox('<svg onload=window.__xss=12>')).toBeChecked();
    await atlas.search.fill('<script>window.__xss=13</script>');
    await expectNothingRan(page, ran);
  });

  test('filter options show payload names as text', async ({ page }) => {
    const ran = watchForScript(page);
    const atlas = panelsPage(page);
    await atlas.open();
    await atlas.filtersButton.click();
    await expect(atlas.filters.getByRole('group', { name: 'Document' })).toContainText(payloadDocument!.title);
    await expect(atlas.filters.getByRole('group', { name: 'Place' })).toContainText(payloadEvent!.place!.name);
    await expectNothingRan(page, ran);
  });

  test('an authored story plays in its order, its title and captions shown as text', async ({ page }) => {
    const ran = watchForScript(page);
    const story = dataset.story;
    if (!story || story.steps.length < 2) throw new Error('The hostile corpus lost its story.yaml.');
    const card = page.getByRole('complementary', { name: 'Story step' });
    await page.goto('./#story=1');
    const title = (id: string) => dataset.events.find((e) => e.id === id)!.title;
    for (const [i, step] of story.steps.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`story=${i + 1}(&|$)`));
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(title(step.eventId));
      await expect(card).toContainText(story.title!);
      if (step.caption) await expect(card.getByText(step.caption, { exact: true })).toBeVisible();
    }
    await expectNothingRan(page, ran);
  });
});
