import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test.ts';
import { AxeBuilder } from '@axe-core/playwright';
import type { Dataset } from '../src/compiler/schema.ts';
import type { ReviewPayload } from '../src/compiler/review/reviewTypes.ts';

// The dev server of this project serves a copy of seeds/ (playwright.config.ts), which these stories change.
const seeds = `${process.env.E2E_OUTDIR ?? 'dist'}-review-seeds`;
// Read when the stories run: the dev server's command makes the copy after the files are loaded.
const article = () => readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
const sidecarFile = () => join(seeds, article().replace(/\.txt$/, '.events.yaml'));
const sidecar = () => (existsSync(sidecarFile()) ? readFileSync(sidecarFile(), 'utf8') : '');

function reviewPage(page: Page) {
  const current = page.getByRole('region', { name: 'Event under review' });
  return {
    current,
    status: page.getByRole('status').first(),
    /** The id of the event under review, as the card shows it. */
    async currentId(): Promise<string> {
      return (await current.locator('.review-card__id').innerText()).trim();
    },
  };
}

/** The seeds copy compiled by the project's CLI, as `npm run build` would read it. */
function compileSeeds(): Dataset {
  const out = join(tmpdir(), `atlas-review-${process.pid}.json`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'src/node/cli.ts', '--seeds', seeds, '--out', out], { stdio: 'ignore' });
    return JSON.parse(readFileSync(out, 'utf8')) as Dataset;
  } finally {
    rmSync(out, { force: true });
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('An editor reviews what the machine read before it is published', () => {
  test.afterAll(() => {
    rmSync(sidecarFile(), { force: true });
    rmSync(join(seeds, 'atlas.yaml'), { force: true });
  });

  test('accepts, rejects, corrects a place, adds a missed event and undoes, every step in the sidecar', async ({ page }) => {
    const review = reviewPage(page);
    await page.goto('./?review=1');
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^To review \(\d+\)$/ })).toHaveAttribute('aria-pressed', 'true');
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

    // Keyboard first: a accepts the event under review.
    const first = await review.currentId();
    await page.keyboard.press('a');
    await expect(page.getByText(/^Accepted “.+”\. Written to /)).toBeVisible();
    expect(sidecar()).toMatch(new RegExp(`accept:\\s*\\n\\s*- "?${first}"?`));

    // The next event took its place; r rejects it.
    const second = await review.currentId();
    expect(second).not.toBe(first);
    await review.current.getByRole('button', { name: 'Reject' }).click();
    await expect(page.getByText(/^Rejected “.+”\. Written to /)).toBeVisible();
    expect(sidecar()).toMatch(new RegExp(`suppress:[\\s\\S]*${second}`));

    // e edits: a place from the gazetteer's search.
    const third = await review.currentId();
    await page.keyboard.press('e');
    const form = page.getByRole('form', { name: 'Save correction' });
    await form.getByRole('searchbox', { name: 'Search the gazetteer' }).fill('Tripoli');
    await form.getByRole('button', { name: 'Search places' }).click();
    await form.getByRole('list', { name: 'Places found' }).getByRole('button', { name: /in LY/ }).first().click();
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByText(/^Edited “.+”\. Written to /)).toBeVisible();
    expect(sidecar()).toMatch(new RegExp(`correct:[\\s\\S]*id: "?${third}"?[\\s\\S]*name: Tripoli`));

    // Two readings of one event: merge the one under review into another, which rejects it with the reason.
    const merged = await review.currentId();
    await review.current.getByRole('combobox', { name: /^Merge .+ into$/ }).selectOption({ index: 1 });
    await review.current.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByText(/^Merged “.+” into “.+”\. Written to /)).toBeVisible();
    expect(sidecar()).toMatch(new RegExp(`id: "?${merged}"?\\s*\\n\\s*reason: merged into e`));

    // A sentence the extractor missed: select it in the document and add an event from it.
    const sentence = await page.getByRole('region', { name: 'The document' }).locator('p').last().evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      p.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return selection.toString().replace(/\s+/g, ' ').trim();
    });
    await page.getByRole('button', { name: 'Add event from selection' }).click();
    const add = page.getByRole('form', { name: 'Add event' });
    await add.getByLabel('Title').fill('Event added in review');
    await add.getByLabel('Type').selectOption('diplomacy');
    await add.getByRole('button', { name: 'Add event' }).click();
    await expect(page.getByText(/^Added “Event added in review”/)).toBeVisible();
    expect(sidecar()).toContain('title: Event added in review');
    expect(sidecar()).toContain(sentence.slice(0, 30));

    // u undoes the last write: the added event leaves the sidecar, the rest stays.
    await page.keyboard.press('u');
    await expect(page.getByText(/^Undone: Added/)).toBeVisible();
    expect(sidecar()).not.toContain('Event added in review');
    expect(sidecar()).toContain(first);
  });

  test('with publish: reviewed, a build has only the accepted and edited events', () => {
    writeFileSync(join(seeds, 'atlas.yaml'), 'publish: reviewed\n');
    const dataset = compileSeeds();
    rmSync(join(seeds, 'atlas.yaml'), { force: true });
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.events.every((e) => e.reviewed === true)).toBe(true);
    expect(dataset.events.length).toBe(2);
  });

  test('a typo fixed in the article keeps the event\'s id, its correction and its story step', async ({ request }) => {
    const payload = (await (await request.get('./__atlas/review')).json()) as ReviewPayload;
    const doc = payload.documents[0]!;
    // An event, and a plain lower-case word of its sentence away from its trigger: the "typo".
    const found = doc.events.flatMap((event) => {
      const source = event.sources[0];
      if (!event.trigger || !source) return [];
      const words = [...doc.text.slice(source.start, source.end).matchAll(/\b[a-z]{6,}\b/g)]
        .map((m) => ({ at: source.start + m.index, word: m[0] }))
        .filter((w) => w.at + w.word.length < event.trigger!.start || w.at > event.trigger!.end);
      return words.length ? [{ event, word: words[0]! }] : [];
    })[0];
    test.skip(!found, 'no event sentence with a word to misspell');
    const { event, word } = found!;
    const articlePath = join(seeds, article());
    const original = readFileSync(articlePath, 'utf8');
    const typo = `${word.word.slice(0, 2)}${word.word[3]}${word.word[2]}${word.word.slice(4)}`;
    try {
      writeFileSync(articlePath, original.slice(0, word.at) + typo + original.slice(word.at + word.word.length));
      writeFileSync(sidecarFile(), `correct:\n  - id: ${event.id}\n    title: Corrected in review\n`);
      writeFileSync(join(seeds, 'story.yaml'), `steps:\n  - event: ${event.id}\n    caption: The step\n`);
      const before = compileSeeds();
      expect(before.events.find((e) => e.id === event.id)?.title).toBe('Corrected in review');
      // The newsroom fixes the typo: same event, same id, the correction and the story step still apply.
      writeFileSync(articlePath, original);
      const after = compileSeeds();
      expect(after.events.find((e) => e.id === event.id)?.title).toBe('Corrected in review');
      expect(after.story?.steps.map((step) => step.eventId)).toEqual([event.id]);
    } finally {
      writeFileSync(articlePath, original);
      rmSync(sidecarFile(), { force: true });
      rmSync(join(seeds, 'story.yaml'), { force: true });
    }
  });

  test('a broken sidecar lists every error over the page, and the page keeps its events', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Map' }).locator('.leaflet-marker-pane').getByRole('button').first()).toBeVisible();
    writeFileSync(sidecarFile(), 'correct:\n  - id: e0000000\n    title: Nothing\n  - id: e0000001\n    dat: 2017\n');
    try {
      const overlay = page.locator('vite-error-overlay');
      await expect(overlay).toContainText('e0000000');
      await expect(overlay).toContainText('unknown key "dat"');
      // Behind the overlay, the last good dataset: the events are still there.
      await expect(page.getByText(/^\d+ events? from \d+ documents?$/)).toBeAttached();
      await expect(page.getByRole('region', { name: 'Map' }).locator('.leaflet-marker-pane').getByRole('button').first()).toBeAttached();
    } finally {
      rmSync(sidecarFile(), { force: true });
    }
  });

  test('the write endpoint refuses other origins and paths outside seeds/', async ({ request }) => {
    const foreign = await request.post('./__atlas/sidecar', {
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      data: { document: `${seeds}/${article()}`, action: { type: 'accept', id: 'x' } },
    });
    expect(foreign.status()).toBe(403);
    const outside = await request.post('./__atlas/sidecar', {
      headers: { 'content-type': 'application/json' },
      data: { document: `${seeds}/../package.json`, action: { type: 'restore', text: 'pwned' } },
    });
    expect(outside.status()).toBe(403);
    expect(readFileSync('package.json', 'utf8')).not.toBe('pwned');
  });
});
