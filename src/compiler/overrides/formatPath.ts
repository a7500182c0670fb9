/** `['correct', 0, 'date', 'start']` → `correct[0].date.start`, the way the messages name a node. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || 'the sidecar';
}
