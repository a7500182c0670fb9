/**
 * A minimal DOM for label tests (vitest runs in Node). Its elements refuse markup: setting innerHTML
 * throws, so a test passing with it proves the code under test builds labels from text only.
 */
type Listener = (event: { key?: string; preventDefault(): void }) => void;

export class FakeElement {
  className = '';
  title = '';
  tabIndex = -1;
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  private readonly listeners = new Map<string, Listener[]>();
  private text = '';

  constructor(readonly tagName: string) {}

  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    this.text = value;
    this.children.length = 0;
  }
  set innerHTML(_markup: string) {
    throw new Error('innerHTML used on a label');
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  /** Calls the listeners; returns whether one called preventDefault. */
  dispatch(type: string, init: { key?: string } = {}): boolean {
    let prevented = false;
    for (const l of this.listeners.get(type) ?? []) l({ ...init, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

export const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
} as unknown as Pick<Document, 'createElement'>;

/** The fake behind an element a label builder returned. */
export const asFake = (element: unknown): FakeElement => element as FakeElement;
