/** The one DOM call label builders need; tests pass a fake (vitest runs in Node, without a DOM). */
export type ElementFactory = Pick<Document, 'createElement'>;

/**
 * A span whose text is set through textContent. vis-timeline parses string content (items, groups,
 * titles) as HTML and titles come from untrusted documents, so every label handed to vis is an element.
 */
export function textLabel(text: string, className: string, doc: ElementFactory = document): HTMLElement {
  const span = doc.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
