/** `seeds/x.events.yaml` (or `.yml`) sits beside `seeds/x.txt` or `seeds/x.md` and edits its events. */
const sidecar = /\.events\.ya?ml$/i;

export function isSidecar(path: string): boolean {
  return sidecar.test(path);
}

/** `seeds/x.txt` → `seeds/x.events.yaml`: the name to create when an editor starts overriding a document. */
export function sidecarPathFor(documentPath: string): string {
  return `${documentPath.replace(/\.[^./]+$/, '')}.events.yaml`;
}

/** `seeds/x.events.yaml` → `seeds/x`: the document path without its extension. */
export function sidecarStem(sidecarPath: string): string {
  return sidecarPath.replace(sidecar, '');
}
