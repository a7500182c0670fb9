import { expect, test } from '@playwright/test';

// Playwright's own `test`, not ./test.ts: these stories break the policy on purpose, to show it holds.
test.describe('A newsroom publishes the atlas under a strict Content Security Policy', () => {
  test('the page carries the policy, and a script slipped into it does not run', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) refused.push(m.text()); });
    const response = await page.goto('./');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /object-src 'none'/);
    await expect(page.getByRole('region', { name: 'Events' })).toBeVisible();

    // What a missed text sink would amount to: an inline script and an inline handler in the page.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.injected = true');
      img.src = 'data:,';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
  });
});
