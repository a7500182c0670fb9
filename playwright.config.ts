import { defineConfig, devices } from '@playwright/test';

// Runs against the production build (`vite build` first; the npm test:e2e script does it), served by
// `vite preview`. Debian's Chromium, because Playwright cannot download its own browsers here.
// E2E_PORT and E2E_OUTDIR let several builds be tested side by side (e.g. `vite build --outDir dist-x`).
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUTDIR ?? 'dist';
// The safety stories run against a second build, of the hostile corpus in e2e/fixtures/hostile-seeds.
const hostilePort = port + 10;
// The review stories need the dev server (only it can write), on a copy of seeds/ they may change.
const reviewPort = port + 20;
const REVIEW_SEEDS = `${outDir}-review-seeds`;
const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /(safety|review)\.spec\.ts$/, use: chromium },
    { name: 'hostile', testMatch: /safety\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${hostilePort}/` } },
    { name: 'review', testMatch: /review\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${reviewPort}/` } },
  ],
  webServer: [
    {
      // strictPort: a stale server on 4173 fails loudly instead of being tested by mistake.
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `ATLAS_SEEDS=e2e/fixtures/hostile-seeds npx vite build --outDir ${outDir}-hostile --logLevel warn`
        + ` && npx vite preview --port ${hostilePort} --strictPort --host 127.0.0.1 --outDir ${outDir}-hostile`,
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${REVIEW_SEEDS} && cp -r seeds ${REVIEW_SEEDS}`
        + ` && ATLAS_SEEDS=${REVIEW_SEEDS} npx vite --port ${reviewPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${reviewPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
