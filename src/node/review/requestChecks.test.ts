import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './isAllowedOrigin.ts';
import { isJsonRequest } from './isJsonRequest.ts';
import { resolveDocumentPath } from './resolveDocumentPath.ts';
import { parseSidecarRequest } from './SidecarAction.ts';

describe('isAllowedOrigin', () => {
  it('allows no Origin, and the server’s own', () => {
    expect(isAllowedOrigin(undefined, 'localhost:5173')).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', 'localhost:5173')).toBe(true);
  });
  it('refuses another site, another port, a null origin and a missing Host', () => {
    expect(isAllowedOrigin('http://evil.example', 'localhost:5173')).toBe(false);
    expect(isAllowedOrigin('http://localhost:5174', 'localhost:5173')).toBe(false);
    expect(isAllowedOrigin('null', 'localhost:5173')).toBe(false);
    expect(isAllowedOrigin('http://localhost:5173', undefined)).toBe(false);
  });
});

describe('isJsonRequest', () => {
  it('wants application/json, with or without a charset', () => {
    expect(isJsonRequest('application/json')).toBe(true);
    expect(isJsonRequest('application/json; charset=utf-8')).toBe(true);
    expect(isJsonRequest('text/plain')).toBe(false);
    expect(isJsonRequest('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonRequest(undefined)).toBe(false);
  });
});

describe('resolveDocumentPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-paths-'));
  const seeds = join(root, 'seeds');
  mkdirSync(join(seeds, 'sub'), { recursive: true });
  writeFileSync(join(seeds, 'x.txt'), 'x');
  writeFileSync(join(seeds, 'sub', 'y.md'), 'y');
  writeFileSync(join(seeds, 'actors.yaml'), '[]');
  writeFileSync(join(root, 'outside.txt'), 'secret');
  symlinkSync(join(root, 'outside.txt'), join(seeds, 'link.txt'));
  symlinkSync(root, join(seeds, 'up'));
  writeFileSync(join(seeds, 'z.txt'), 'z');
  symlinkSync(join(root, 'outside.txt'), join(seeds, 'z.events.yaml'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const resolveIt = (document: string) => resolveDocumentPath(document, root, seeds);

  it('finds a document in seeds/ and names its sidecar', () => {
    expect(resolveIt('seeds/x.txt')).toMatchObject({ path: 'seeds/x.txt', sidecar: 'seeds/x.events.yaml', sidecarFile: join(seeds, 'x.events.yaml') });
    expect(resolveIt('seeds/sub/y.md')).toMatchObject({ sidecar: 'seeds/sub/y.events.yaml' });
  });

  it('takes a seeds/ outside the root, by the name the compiler gives its files', () => {
    const elsewhere = join(root, 'project');
    mkdirSync(elsewhere);
    expect(resolveDocumentPath('../seeds/x.txt', elsewhere, seeds)).toMatchObject({ path: '../seeds/x.txt', sidecar: '../seeds/x.events.yaml' });
    expect(resolveDocumentPath('../outside.txt', elsewhere, seeds)).toHaveProperty('error');
  });

  it('refuses paths outside seeds/, by .., absolute, or through a symbolic link', () => {
    for (const document of ['seeds/../outside.txt', 'seeds/./x.txt', 'seeds/sub/../x.txt', 'seeds//x.txt', '../outside.txt', join(root, 'outside.txt'), 'outside.txt', 'seeds/link.txt', 'seeds/up/outside.txt', 'seeds\\x.txt']) {
      expect(resolveIt(document), document).toHaveProperty('error');
    }
  });

  it('refuses what is not a document, a missing one, and a sidecar that links out of seeds/', () => {
    expect(resolveIt('seeds/actors.yaml')).toHaveProperty('error');
    expect(resolveIt('seeds/missing.txt')).toEqual({ error: 'no such document: seeds/missing.txt' });
    expect(resolveIt('seeds/z.txt')).toEqual({ error: 'seeds/z.events.yaml leads outside the seeds directory' });
  });
});

describe('parseSidecarRequest', () => {
  it('reads each action and refuses malformed ones with a reason', () => {
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'accept', id: 'e1' } })).toHaveProperty('request');
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'restore', text: null } })).toHaveProperty('request');
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'delete', id: 'e1' } })).toHaveProperty('error');
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'accept', id: 'e1\nx: 1' } })).toHaveProperty('error');
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'correct', id: 'e1', fields: {} } })).toEqual({ error: 'action.fields: fields is empty: nothing to correct' });
    expect(parseSidecarRequest({ document: 'seeds/x.txt', action: { type: 'add', entry: { title: 't' } } })).toHaveProperty('error');
    expect(parseSidecarRequest('nope')).toHaveProperty('error');
  });
});
