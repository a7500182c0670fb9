import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { atlasPage } from './atlasPage.ts';
import { mapBounds } from './mapPage.ts';
import { embedView } from './embedPage.ts';
import { eventsOnBothViews, seedDataset } from './seedDataset.ts';
import { formatEventDate } from '../src/data/formatEventDate.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const [first, second] = eventsOnBothViews(seedDataset());

/** Screenshots land in <output dir>/screens/, for a human look. */
async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = join(testInfo.project.outputDir, 'screens');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

async function expectInside(page: Page, locator: Locator, minHeight: number): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = await locator.boundingBox();
  if (!box) throw new Error('no box');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
  expect(box.height).toBeGreaterThanOrEqual(minHeight);
}

async function openEmbed(page: Page, hash = '') {
  const embed = embedView(page);
  await page.goto(`./?embed=1${hash}`);
  await expect(embed.markers.first()).toBeVisible();
  // A short frame shows a date strip in place of the timeline's rows.
  await expect(embed.items.first().or(embed.dateStrip)).toBeVisible();
  return embed;
}

/** The map's view contains the place and spans at most `degrees` of latitude: it frames the event's region. */
async function expectFramed(page: Page, place: { lat: number; lon: number }, degrees: number): Promise<void> {
  await expect.poll(async () => {
    const b = await mapBounds(page);
    return b.south <= place.lat && place.lat <= b.north && b.west <= place.lon && place.lon <= b.east && b.north - b.south <= degrees;
  }).toBe(true);
}

test.describe('A publisher embeds the atlas in a small frame', () => {
  test.beforeAll(() => {
    if (!first || !second) throw new Error('The seeds yield fewer than two events on both views.');
  });

  test('at 400×300 the map fills the frame over a one-line date strip, without the page header', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 400, height: 300 });
    const embed = await openEmbed(page);
    await expectInside(page, embed.map, 150);
    await expect(embed.dateStrip).toBeVisible();
    await expectInside(page, embed.timeline, 24);
    // Without a selection the map frames the events' subject, none of them under the frame's edge.
    await expect(embed.markers.first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByText(/ from \d+ documents?$/)).toHaveCount(0);
    // The licences' credits stay, on one small line.
    await expect(page.getByRole('contentinfo')).toContainText('GeoNames');
    await expect(embed.fullViewLink).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await screenshot(page, testInfo, 'embed-400x300');
  });

  for (const size of [{ width: 400, height: 300 }, { width: 640, height: 360 }, { width: 800, height: 480 }]) {
    test(`at ${size.width}×${size.height} a linked event is framed in its region, with its date and source`, async ({ page }, testInfo) => {
      await page.setViewportSize(size);
      const embed = await openEmbed(page, `#event=${first!.id}`);
      await expect(embed.selectedTitle).toHaveText(first!.title);
      await expectFramed(page, first!.place!, 20);
      await expect(embed.marker(first!.title)).toBeInViewport();
      await expect(embed.readSource).toBeInViewport({ ratio: 1 });
      if (size.height < 400) await expect(embed.dateStrip).toHaveAccessibleName(new RegExp(`in time: ${escape(formatEventDate(first!.date))}`));
      else await expect(embed.item(first!.title)).toBeInViewport();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await screenshot(page, testInfo, `embed-${size.width}x${size.height}-event`);
    });
  }

  test('a reader selects an event and reads its title, date, certainty and source', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 400, height: 300 });
    const embed = await openEmbed(page);
    await embed.marker(first!.title).click();

    await expect(embed.marker(first!.title)).toHaveAttribute('aria-current', 'true');
    await expect(embed.selectedTitle).toHaveText(first!.title);
    await expect(embed.selectedTitle).toBeInViewport();
    await expect(embed.strip).toContainText(new RegExp(first!.certainty, 'i'));
    await screenshot(page, testInfo, 'embed-400x300-selected');

    await embed.readSource.click();
    const reader = page.getByRole('dialog');
    await expect(reader.locator('mark')).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(reader).toHaveCount(0);
    await expect(embed.readSource).toBeFocused();
  });

  test('"Open full view" opens the same view in a new tab, without embed=1', async ({ page, baseURL }) => {
    const embed = await openEmbed(page);
    await expect(embed.fullViewLink).toHaveAttribute('href', new URL('./', baseURL).href);
    await expect(embed.fullViewLink).toHaveAttribute('target', '_blank');
    await expect(embed.fullViewLink).toHaveAttribute('rel', /\bnoopener\b/);

    await embed.item(first!.title).click();
    await expect(embed.fullViewLink).toHaveAttribute('href', new URL(`./#event=${first!.id}`, baseURL).href);

    const [tab] = await Promise.all([page.context().waitForEvent('page'), embed.fullViewLink.click()]);
    const full = atlasPage(tab);
    await expect(full.details.getByRole('heading', { level: 2, name: first!.title })).toBeVisible();
    await expect(tab.getByRole('banner')).toBeVisible();
  });

  test('selections inside the frame do not fill the host page\'s history', async ({ page }) => {
    const embed = await openEmbed(page);
    const before = await page.evaluate(() => history.length);
    await embed.item(first!.title).click();
    await expect(embed.selectedTitle).toHaveText(first!.title);
    await embed.item(second!.title).click();
    await expect(embed.selectedTitle).toHaveText(second!.title);
    // The URL still follows the view (for "Open full view"), by replacing the entry.
    await expect(page).toHaveURL(new RegExp(`#event=${second!.id}$`));
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('at 800×480 the same layout grows with the frame', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 800, height: 480 });
    const embed = await openEmbed(page, `#event=${first!.id}`);
    await expect(embed.selectedTitle).toHaveText(first!.title);
    await expectInside(page, embed.map, 140);
    await expectInside(page, embed.timeline, 160);
    await screenshot(page, testInfo, 'embed-800x480');
  });

  test('axe finds no violations in embed mode, with and without a selection', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 300 });
    const embed = await openEmbed(page);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await embed.marker(first!.title).click();
    await expect(embed.selectedTitle).toHaveText(first!.title);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe('An editor copies the embed code for the view they see', () => {
  test('the Embed dialog gives an iframe of this view, and copies it', async ({ page, context, baseURL }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const atlas = atlasPage(page);
    const hash = `#event=${first!.id}&type=${first!.type}`;
    await atlas.open(hash);

    await page.getByText('Export', { exact: true }).click();
    const opener = page.getByRole('button', { name: 'Embed…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const snippet = dialog.getByRole('textbox', { name: 'HTML snippet' });
    await expect(snippet).toHaveAttribute('readonly', '');
    // In an attribute, the hash's ampersands are escaped.
    const src = new URL(`./?embed=1${hash}`, baseURL).href.replaceAll('&', '&amp;');
    await expect(snippet).toHaveValue(`<iframe src="${src}" title="Conflict Atlas" width="100%" height="480" style="border:0" allowfullscreen loading="lazy"></iframe>`);
    await screenshot(page, testInfo, 'embed-dialog');

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('without clipboard access, Copy selects the snippet for the reader to copy', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open();
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toContainText('selected');
    const snippet = dialog.getByRole('textbox', { name: 'HTML snippet' });
    await expect(snippet).toBeFocused();
    expect(await snippet.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)))
      .toBe(await snippet.inputValue());
  });

  test('the snippet pasted into a plain page shows that view', async ({ page }) => {
    const atlas = atlasPage(page);
    await atlas.open(`#event=${second!.id}`);
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const code = await page.getByRole('textbox', { name: 'HTML snippet' }).inputValue();

    // A plain page of its own, not the atlas's document (whose security policy forbids frames). On the test
    // server's address: Chromium keeps pages on public addresses from framing a loopback one.
    const newsroom = new URL('newsroom-story.html', page.url()).href;
    await page.route(newsroom, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>A newsroom page</title></head><body><main><h1>Story</h1>${code}</main></body></html>`,
    }));
    await page.goto(newsroom);
    const embed = embedView(page.frameLocator('iframe[title="Conflict Atlas"]'));
    await expect(embed.selectedTitle).toHaveText(second!.title);
    await expect(embed.item(second!.title)).toContainClass('vis-selected');
    await expect(embed.fullViewLink).toBeVisible();
  });
});
