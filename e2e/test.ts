import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, with one guard every story gets: the page runs under the build's Content Security
 * Policy (vite preview serves it as a header, the build carries it as a meta tag), and a story fails if
 * anything the atlas does breaks it. Chromium reports each blocked script, style, image or request on the
 * console ("Refused to … because it violates the following Content Security Policy directive").
 */
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [async ({ context }, use) => {
    const violations: string[] = [];
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
    });
    await use();
    expect(violations, 'Content Security Policy violations').toEqual([]);
  }, { auto: true }],
});

export { expect };
