import { describe, expect, it } from 'vitest';
import { embeddedHashHost } from './embeddedHashHost.ts';

describe('embeddedHashHost', () => {
  it('turns every history push into a replace, so a frame adds no entries to its host page\'s history', () => {
    const calls: string[] = [];
    const fakeWindow = {
      location: { hash: '', pathname: '/', search: '?embed=1' },
      history: {
        pushState: (_d: unknown, _u: string, url: string) => calls.push(`push ${url}`),
        replaceState: (_d: unknown, _u: string, url: string) => calls.push(`replace ${url}`),
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    } as unknown as Window;
    const host = embeddedHashHost(fakeWindow);
    host.history.pushState(null, '', '#event=a');
    host.history.replaceState(null, '', '#event=a&from=2017-01-01&to=2017-02-01');
    expect(calls).toEqual(['replace #event=a', 'replace #event=a&from=2017-01-01&to=2017-02-01']);
    expect(host.location).toBe(fakeWindow.location);
  });
});
