import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hostPolicy, inlinePolicy, withPolicy } from './contentSecurityPolicy.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  it('a hosted build allows only its own scripts and styles, no eval, no plugins, no base', () => {
    const policy = hostPolicy();
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("connect-src 'self'");
  });

  it('the single file allows exactly its inline scripts and styles, by hash, and nothing by source', () => {
    const html = '<head><meta charset="UTF-8"><script type="module">run()</script><style>a{}</style></head><body><script src="x.js"></script></body>';
    const policy = inlinePolicy(html);
    expect(policy).toContain(`script-src ${sha('run()')};`);
    expect(policy).toContain(`style-src ${sha('a{}')};`);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("'self'");
  });

  it('goes before every script and style, after the charset', () => {
    const html = withPolicy('<head>\n<meta charset="UTF-8">\n<script>x</script></head>', 'default-src \'none\'');
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
  });
});
