/**
 * The stretch of a document the review card shows: the cited sentence marked, the trigger word in it
 * strong, and up to `room` characters of the text around it, cut at word boundaries. Segments of plain
 * text, for text nodes (the document is untrusted).
 */
export interface ContextPart {
  text: string;
  kind: 'before' | 'quote' | 'trigger' | 'after';
}

export function contextParts(
  text: string, start: number, end: number, trigger?: { start: number; end: number }, room = 240,
): ContextPart[] {
  const from = cutAt(text, Math.max(0, start - room), 'forward');
  const to = cutAt(text, Math.min(text.length, end + room), 'backward');
  const parts: ContextPart[] = [];
  const push = (t: string, kind: ContextPart['kind']) => { if (t) parts.push({ text: t, kind }); };
  push((from > 0 ? '…' : '') + text.slice(from, start), 'before');
  if (trigger && trigger.start >= start && trigger.end <= end && trigger.start < trigger.end) {
    push(text.slice(start, trigger.start), 'quote');
    push(text.slice(trigger.start, trigger.end), 'trigger');
    push(text.slice(trigger.end, end), 'quote');
  } else {
    push(text.slice(start, end), 'quote');
  }
  push(text.slice(end, to) + (to < text.length ? '…' : ''), 'after');
  return parts;
}

/** Moves a cut to the next (or previous) space so no word is split, within 30 characters. */
function cutAt(text: string, at: number, direction: 'forward' | 'backward'): number {
  if (at <= 0 || at >= text.length) return at;
  for (let i = 0; i < 30; i++) {
    const j = direction === 'forward' ? at + i : at - i;
    if (/\s/.test(text[j] ?? '')) return direction === 'forward' ? j + 1 : j;
  }
  return at;
}
