/** A tile near Libya at zoom 3: one small image tells whether the tile server answers at all. */
export const PROBE_TILE = 'https://tile.openstreetmap.org/3/4/3.png';

/** The least an image loader must offer, so tests can pass a fake instead of the DOM's Image. */
export type ProbeImage = Pick<HTMLImageElement, 'onload' | 'onerror' | 'src'>;

/**
 * Resolves true when the image loads within `timeoutMs`, false when it fails or takes longer. Only called
 * when the reader turns the online map on: the atlas makes no request off its origin by itself.
 */
export function probeTile(url = PROBE_TILE, timeoutMs = 4000, createImage: () => ProbeImage = () => new Image()): Promise<boolean> {
  return new Promise((resolve) => {
    const image = createImage();
    const timer = setTimeout(() => finish(false), timeoutMs);
    function finish(ok: boolean) {
      clearTimeout(timer);
      image.onload = image.onerror = null;
      resolve(ok);
    }
    image.onload = () => finish(true);
    image.onerror = () => finish(false);
    image.src = url;
  });
}
