import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect } from 'vite';
import type { GazetteerIndex } from '../../compiler/places/GazetteerIndex.ts';
import { isAllowedOrigin } from './isAllowedOrigin.ts';
import { isJsonRequest } from './isJsonRequest.ts';
import { parseSidecarRequest } from './SidecarAction.ts';
import { searchGazetteer } from './searchGazetteer.ts';
import { writeSidecar } from './writeSidecar.ts';

export interface DevEndpointsContext {
  root: string;
  seedsDir: string;
  /** The review payload of the seeds as they are now (compiled on demand, shared with the dataset). */
  review(): Promise<unknown>;
  gazetteer(): GazetteerIndex;
  /** Called after a write: the next review payload must see it, before the file watcher reports it. */
  written(): void;
}

/** Sidecar bodies are a few hundred bytes; anything near this is not the review screen. */
const MAX_BODY = 1_000_000;

/**
 * The review screen's endpoints, mounted by the Vite plugin in the dev server only (`vite build` and
 * `vite preview` have no write path):
 *   GET  /__atlas/review        the review payload
 *   GET  /__atlas/places?q=…    gazetteer places with that name
 *   POST /__atlas/sidecar       { document, action } → { ok, sidecar, before, after }
 * Every one refuses a foreign `Origin`; the write also wants `Content-Type: application/json`.
 */
export function devEndpoints(context: DevEndpointsContext): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://dev');
    const route = url.pathname.replace(/^.*\/__atlas\//, '/__atlas/');
    if (!route.startsWith('/__atlas/')) return next();
    if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return send(res, 403, { ok: false, error: 'requests from another origin are refused' });
    if (route === '/__atlas/review' && req.method === 'GET') {
      context.review().then(
        (payload) => send(res, 200, payload),
        (error: unknown) => send(res, 500, { ok: false, error: `the compiler failed: ${(error as Error).message}` }),
      );
      return;
    }
    if (route === '/__atlas/places' && req.method === 'GET') return send(res, 200, searchGazetteer(context.gazetteer(), url.searchParams.get('q') ?? ''));
    if (route === '/__atlas/sidecar' && req.method === 'POST') {
      if (!isJsonRequest(req.headers['content-type'])) return send(res, 415, { ok: false, error: 'send Content-Type: application/json' });
      readBody(req).then((text) => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, 400, { ok: false, error: 'the body is not JSON' });
        }
        const parsed = parseSidecarRequest(body);
        if ('error' in parsed) return send(res, 400, { ok: false, error: parsed.error });
        const { status, body: answer } = writeSidecar(parsed.request, context.root, context.seedsDir);
        if (status === 200) context.written();
        send(res, status, answer);
      }).catch((error: unknown) => send(res, 413, { ok: false, error: (error as Error).message }));
      return;
    }
    send(res, 404, { ok: false, error: `no such endpoint: ${req.method ?? ''} ${route}` });
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('the body is too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}
