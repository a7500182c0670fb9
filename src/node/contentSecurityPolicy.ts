import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The only host the atlas may ever contact besides its own: the opt-in online basemap's tiles, requested
 * only after the reader ticks the box (src/map/OnlineBasemap.tsx). A meta policy cannot change at run time,
 * so it is allowed for images whether or not that layer is on.
 */
const TILE_HOST = 'https://tile.openstreetmap.org';

/**
 * The policy of a build served from a host. Scripts and styles come only from the atlas's own files: every
 * library sets styles through the CSSOM (`element.style.x = …`), which a policy does not restrict, so no
 * `unsafe-inline` is needed; no `unsafe-eval` either (the browser bundle holds no code generator). Images
 * are the atlas's own, `data:` (Leaflet's default icons are data URIs in its CSS) and the tile host;
 * `connect-src 'self'` is for the dataset and document texts.
 * `frame-ancestors` is left out on purpose: a meta tag cannot carry it, and the atlas is made to be framed.
 */
export function hostPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${TILE_HOST}`,
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The single-file build's policy: its scripts and styles are inline, so each is allowed by its hash (and
 * nothing else is); it requests nothing, not even from its own folder.
 */
export function inlinePolicy(html: string): string {
  const hashes = (tag: 'script' | 'style') => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
    .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
    .map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src ${hashes('script').join(' ') || "'none'"}`,
    `style-src ${hashes('style').join(' ') || "'none'"}`,
    `img-src data: ${TILE_HOST}`,
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy before any script or style (a meta policy covers only what comes after it), after the charset. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/**
 * Writes the policy into the built index.html, after every other plugin has shaped it (the single-file
 * plugin inlines scripts and styles in its generateBundle, so hashes are taken after that). The dev server
 * bundles nothing and is left without one: its hot-reload client needs inline scripts.
 */
export function contentSecurityPolicy({ inline }: { inline: boolean }): Plugin {
  return {
    name: 'conflict-atlas:csp',
    enforce: 'post',
    // `vite preview` (and so the e2e suite) also sends the policy as a header, as the README asks of a
    // host, on the atlas's page only: public/embed-example.html plays a host page, which frames the atlas.
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        if (path.endsWith('/') || path.endsWith('/index.html')) res.setHeader('Content-Security-Policy', hostPolicy());
        next();
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          file.source = withPolicy(html, inline ? inlinePolicy(html) : hostPolicy());
        }
      },
    },
  };
}
