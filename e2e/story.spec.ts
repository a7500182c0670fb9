import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import type { Event } from '../src/compiler/schema.ts';
import { sortByDate } from '../src/store/sortByDate.ts';
import { atlasPage } from './atlasPage.ts';
import { mapBounds } from './mapPage.ts';
import { seedDataset } from './seedDataset.ts';
import { formatEventDate } from '../src/data/formatEventDate.ts';

// Without seeds/story.yaml the story is every event by date, as the list orders them.
const steps = sortByDate(seedDataset().events);

function storyPage(page: Page) {
  const atlas = atlasPage(page);
  const bar = page.getByRole('group', { name: 'Story' });
  const card = page.getByRole('complementary', { name: 'Story step' });
  return {
    ...atlas,
    bar,
    card,
    strip: page.getByRole('img', { name: /^Step \d+ of \d+/ }),
    start: page.getByRole('button', { name: /^Story/ }),
    play: bar.getByRole('button', { name: 'Play' }),
    pause: bar.getByRole('button', { name: 'Pause' }),
    progress: bar.getByRole('progressbar', { name: 'Story progress' }),
    exit: bar.getByRole('button', { name: 'Exit story' }),
    /** Waits until the page shows step `n` (1-based): link, progress, caption card, map and time strip. */
    async expectStep(n: number): Promise<void> {
      const event = steps[n - 1]!;
      await expect(page).toHaveURL(new RegExp(`story=${n}(&|$)`));
      await expect(this.progress).toHaveJSProperty('value', n);
      await expect(card.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
      await expectOnViews(page, event, n);
    },
  };
}

/** The step's event is selected on the map (and the map shows its place), and the strip says when it is. */
async function expectOnViews(page: Page, event: Event, n: number): Promise<void> {
  const atlas = atlasPage(page);
  if (event.place) {
    await expect(atlas.marker(event.title)).toHaveAttribute('aria-current', 'true');
    const { lat, lon } = event.place;
    await expect.poll(async () => {
      const b = await mapBounds(page);
      return b.south <= lat && lat <= b.north && b.west <= lon && lon <= b.east;
    }).toBe(true);
  }
  const when = event.date ? formatEventDate(event.date) : 'Date unknown';
  await expect(page.getByRole('img', { name: `Step ${n} of ${steps.length}: ${when}`, exact: false })).toBeVisible();
}

/** The caption card's box lies inside the viewport and its quote is not cut off. */
async function expectQuoteWhole(page: Page): Promise<void> {
  const quote = page.getByRole('complementary', { name: 'Story step' }).locator('blockquote');
  await expect(quote).toBeInViewport({ ratio: 1 });
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('A teacher presents the events as a story', () => {
  test.skip(steps.length < 3, 'the seeds yield fewer than three events');

  test('walks the class through every event with only the arrow keys', async ({ page }) => {
    const story = storyPage(page);
    await story.open();
    await story.start.click();
    await story.expectStep(1);
    await expect(story.progress).toHaveJSProperty('max', steps.length);
    for (let n = 2; n <= steps.length; n++) {
      await page.keyboard.press('ArrowRight');
      await story.expectStep(n);
    }
    // Past the end, the story stays on its last step.
    await page.keyboard.press('ArrowRight');
    await story.expectStep(steps.length);
    await page.keyboard.press('ArrowLeft');
    await story.expectStep(steps.length - 1);
  });

  test('a clicker\'s Page Down and Page Up step, Home and End jump, even with focus on the map', async ({ page }) => {
    const story = storyPage(page);
    await story.open('#story=1');
    await story.expectStep(1);
    await story.map.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('PageDown');
    await story.expectStep(2);
    await page.keyboard.press('PageUp');
    await story.expectStep(1);
    await page.keyboard.press('End');
    await story.expectStep(steps.length);
    await page.keyboard.press('Home');
    await story.expectStep(1);
  });

  test('a link opens on its step, and Back returns to the previous step', async ({ page }) => {
    const story = storyPage(page);
    await story.open('#story=3');
    await story.expectStep(3);
    await page.keyboard.press('ArrowRight');
    await story.expectStep(4);
    await page.goBack();
    await story.expectStep(3);
  });

  test('Escape leaves the story with its last event still selected', async ({ page }) => {
    const story = storyPage(page);
    await story.open();
    await story.start.click();
    await page.keyboard.press('ArrowRight');
    await story.expectStep(2);
    await page.keyboard.press('Escape');
    await expect(story.bar).toBeHidden();
    await expect(page).not.toHaveURL(/story=/);
    await expect(page).toHaveURL(new RegExp(`event=${steps[1]!.id}`));
    await expect(story.start).toBeFocused();
    await expect(page.getByRole('region', { name: 'Events' })).toBeVisible();
  });

  test('autoplay advances at the chosen pace and pauses with Space', async ({ page }) => {
    await page.clock.install();
    const story = storyPage(page);
    await story.open('#story=1');
    await story.expectStep(1);
    await story.bar.getByLabel('Pace').selectOption('3');
    await story.bar.focus();
    await page.keyboard.press(' ');
    await expect(story.pause).toBeVisible();
    await page.clock.runFor(3_100);
    await story.expectStep(2);
    await page.clock.runFor(3_100);
    await story.expectStep(3);

    await page.keyboard.press(' ');
    await expect(story.play).toBeVisible();
    await page.clock.runFor(30_000);
    await story.expectStep(3);
  });

  test('autoplay stops on the last step', async ({ page }) => {
    await page.clock.install();
    const story = storyPage(page);
    await story.open(`#story=${steps.length - 1}`);
    await story.play.click();
    await page.clock.runFor(8_100);
    await story.expectStep(steps.length);
    await expect(story.play).toBeVisible();
    await expect(story.play).toHaveAttribute('aria-disabled', 'true');
  });

  test('with reduced motion the map jumps straight to each step', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const story = storyPage(page);
    await story.open('#story=1');
    await story.expectStep(1);
    await page.keyboard.press('ArrowRight');
    await story.expectStep(2);
  });

  test('the story view is axe clean and tells screen readers where it is', async ({ page }) => {
    const story = storyPage(page);
    await story.open('#story=2');
    await story.expectStep(2);
    await expect(page.getByText(`Step 2 of ${steps.length}: ${steps[1]!.title}`)).toBeAttached();
    await expectAxeClean(page);
  });

  test('a click on a mark of the time strip goes to that step', async ({ page }) => {
    const story = storyPage(page);
    await story.open('#story=1');
    await story.expectStep(1);
    const last = steps.length;
    // The marks are pointer shortcuts (the keys are the keyboard's); the last mark in the strip is the latest step.
    await story.strip.locator('.time-strip__mark').last().click();
    await story.expectStep(last);
  });
});

test.describe('The story is a presentation a class can read from the back of the room', () => {
  test.skip(steps.length < 2, 'the seeds yield fewer than two events');

  test('on a 1920×1080 projector: large type, the map and the caption, no explorer chrome', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const story = storyPage(page);
    await story.open('#story=2');
    await story.expectStep(2);
    const size = (locator: Locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size(story.card.locator('blockquote p'))).toBeGreaterThanOrEqual(32);
    expect(await size(story.card.getByRole('heading', { level: 2 }))).toBeGreaterThanOrEqual(40);
    await expectQuoteWhole(page);
    // One thing at a time: no header, search, filters, legend, event list or timeline rows.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Filters' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Events' })).toHaveCount(0);
    await expect(story.map.getByText('Legend')).toBeHidden();
    await expectAxeClean(page);
  });

  test('at 1280×720 the caption and its quote fit beside the map', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const story = storyPage(page);
    await story.open('#story=1');
    for (let n = 1; n <= steps.length; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await story.expectStep(n);
      await expectQuoteWhole(page);
    }
    await expectAxeClean(page);
  });

  test('on a phone the caption comes first, then the map, then the controls', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const story = storyPage(page);
    await story.open('#story=2');
    await story.expectStep(2);
    const [card, map, bar] = await Promise.all([story.card.boundingBox(), story.map.boundingBox(), story.bar.boundingBox()]);
    expect(card!.y).toBeLessThan(map!.y);
    expect(map!.y + map!.height).toBeLessThanOrEqual(bar!.y);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(844);
    await expect(story.card.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expectAxeClean(page);
  });
});

