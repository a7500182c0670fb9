import { describe, expect, it } from 'vitest';
import type { Dataset } from '../compiler/schema.ts';
import { makeEvent } from '../testing/makeEvent.ts';
import { createDevDataset } from './devDataset.ts';
import { createEventJson } from './eventJson.ts';

const doc = (id: string, text: string) => ({ id, file: `seeds/${id}.txt`, title: id, published: null, text });
const dataset = (events = [makeEvent('e1'), makeEvent('e2')], text = 'Forces clashed in Sirte.'): Dataset => ({
  version: 1,
  documents: [doc('doc-1', text)],
  events,
  actors: [],
  diagnostics: [],
});

const urlOf = (code: string) => /datasetUrl = "([^"]+)"/.exec(code)![1]!;
/** What the page fetches, through the middleware as the dev server runs it. */
function get(dev: ReturnType<typeof createDevDataset>, url: string): { status: number; body?: string; headers: Record<string, string> } {
  const response = { status: 0, body: undefined as string | undefined, headers: {} as Record<string, string>, passed: false };
  const res = {
    set statusCode(s: number) { response.status = s; },
    setHeader: (k: string, v: string) => (response.headers[k] = v),
    once: (_: string, f: () => void) => queueMicrotask(f),
    end: (b?: string) => (response.body = b),
  };
  dev.middleware({ url, method: 'GET' } as never, res as never, () => (response.passed = true));
  return response.passed ? { status: -1, headers: {} } : response;
}

describe('createDevDataset', () => {
  it('serves the dataset the module names, its texts as files beside it', () => {
    const dev = createDevDataset(createEventJson());
    const data = dataset();
    const url = urlOf(dev.module(data, true));
    expect(url).toMatch(/^\.\/__atlas\/data\/dataset-.+\.json$/);
    const served = get(dev, new URL(url, 'http://dev/').pathname);
    expect(served.status).toBe(200);
    expect(served.headers['Cache-Control']).toBe('no-store');
    const delivered = JSON.parse(served.body!) as Dataset;
    const { text, ...document } = data.documents[0]!;
    expect(delivered).toEqual({ ...data, documents: [{ ...document, textFile: expect.stringMatching(/^text-[0-9a-f]{12}\.txt$/) }] });
    // The page resolves a text's file against the dataset's URL (src/data/dataset.ts).
    expect(get(dev, new URL(delivered.documents[0]!.textFile!, new URL(url, 'http://dev/')).pathname).body).toBe(text);
    expect(get(dev, '/__atlas/data/dataset-nope.json').status).toBe(404);
    expect(get(dev, '/src/main.tsx').status, 'anything else goes on').toBe(-1);
  });

  it('serves what a compile changed, new events and changed ones', () => {
    const dev = createDevDataset(createEventJson());
    dev.module(dataset(), true);
    const changed = dataset([makeEvent('e1', { title: 'Renamed' }), makeEvent('e3')], 'Talks opened in Geneva.');
    const url = urlOf(dev.module(changed, true));
    const delivered = JSON.parse(get(dev, new URL(url, 'http://dev/').pathname).body!) as Dataset;
    expect(delivered.events).toEqual(changed.events);
    expect(get(dev, `/__atlas/data/${delivered.documents[0]!.textFile}`).body).toBe('Talks opened in Geneva.');
  });

  it('writes each dataset into a buffer no kept dataset uses, and keeps the bytes of each as they were', () => {
    const dev = createDevDataset(createEventJson());
    const sent = Array.from({ length: 6 }, (_, i) => {
      const url = urlOf(dev.module(dataset([makeEvent(`e${i}`)]), true));
      return { url, bytes: Buffer.from(get(dev, new URL(url, 'http://dev/').pathname).body!) };
    });
    // The newest two are still served, byte for byte what they were when made.
    for (const { url, bytes } of sent.slice(-2)) expect(Buffer.from(get(dev, new URL(url, 'http://dev/').pathname).body!).equals(bytes)).toBe(true);
    expect(JSON.parse(sent.at(-1)!.bytes.toString()).events.map((e: { id: string }) => e.id)).toEqual(['e5']);
  });

  it('keeps serving the last good dataset behind compiles with errors', () => {
    const dev = createDevDataset(createEventJson());
    const good = urlOf(dev.module(dataset(), true));
    for (let i = 0; i < 5; i++) dev.module(dataset(), false);
    expect(get(dev, new URL(good, 'http://dev/').pathname).status).toBe(200);
  });
});
