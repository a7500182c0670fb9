/**
 * The browser every benchmark drives: Debian's Chromium, or the one `CHROME_PATH` names (Playwright cannot
 * download its own here). playwright.config.ts reads the same variable for the e2e suite.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
