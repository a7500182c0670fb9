import type { PlaceHit, ReviewPayload, SidecarAction, SidecarWrite } from './reviewTypes.ts';

/**
 * The review screen's only I/O: the dev server's endpoints (src/node). Relative URLs, so a dev server on
 * a sub-path works too. The write endpoint refuses other origins and paths outside seeds/; errors come
 * back as `{ ok: false, error }` and are thrown here with that message.
 */
export async function fetchReview(): Promise<ReviewPayload> {
  const response = await fetch('./__atlas/review', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as ReviewPayload;
}

export async function writeSidecar(document: string, action: SidecarAction): Promise<SidecarWrite> {
  const response = await fetch('./__atlas/sidecar', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ document, action }),
  });
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as SidecarWrite;
}

export async function searchPlaces(query: string): Promise<PlaceHit[]> {
  const response = await fetch(`./__atlas/places?q=${encodeURIComponent(query)}`);
  if (!response.ok) throw new Error(await errorOf(response));
  return (await response.json()) as PlaceHit[];
}

async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `${response.status} ${response.statusText}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}
