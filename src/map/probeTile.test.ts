import { describe, expect, it, vi } from 'vitest';
import { probeTile, type ProbeImage } from './probeTile.ts';

function fakeImage(outcome: 'load' | 'error' | 'never') {
  const image: ProbeImage = { onload: null, onerror: null, src: '' };
  return () => {
    queueMicrotask(() => {
      if (outcome === 'load') (image.onload as (() => void) | null)?.();
      if (outcome === 'error') (image.onerror as (() => void) | null)?.();
    });
    return image;
  };
}

describe('probeTile', () => {
  it('is true when the tile loads and false when it fails', async () => {
    await expect(probeTile('t.png', 1000, fakeImage('load'))).resolves.toBe(true);
    await expect(probeTile('t.png', 1000, fakeImage('error'))).resolves.toBe(false);
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers();
    const result = probeTile('t.png', 4000, fakeImage('never'));
    await vi.advanceTimersByTimeAsync(4000);
    await expect(result).resolves.toBe(false);
    vi.useRealTimers();
  });
});
