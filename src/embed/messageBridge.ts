/**
 * The postMessage API of an embedded atlas: host messages (hostMessage.ts) become store actions, and the
 * store's selection and the content's height go back to the host (frameMessage.ts). An edge adapter like
 * hashSync.ts: it talks to the store, never to the views.
 */
import { appStore, goToStep, leaveStory, selectEvent, setWindow } from '../store/appStore.ts';
import type { FrameMessage } from './frameMessage.ts';
import { parseHostMessage, type HostMessage } from './hostMessage.ts';

/** What the bridge reads of a `message` event. */
export interface InboundMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** The slice of `window` the bridge uses, so tests can pass a fake. */
export interface BridgeHost {
  /** The embedding page. */
  parent: { postMessage(message: FrameMessage, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: InboundMessage) => void): void;
  removeEventListener(type: 'message', listener: (event: InboundMessage) => void): void;
  /** Reports the content height now and after each change; returns the stop function. */
  observeHeight(report: (height: number) => void): () => void;
}

export function applyHostMessage(message: HostMessage): void {
  switch (message.type) {
    case 'atlas:select': selectEvent(message.id); break;
    case 'atlas:window': setWindow(message.window); break;
    // 1-based on the wire, like the URL's `story=`; the store counts from 0.
    case 'atlas:story': if (message.step === null) leaveStory(); else goToStep(message.step - 1); break;
  }
}

/**
 * Starts the bridge and returns its stop function. `allowed` is the host-origin allow-list (see
 * originAllowList.ts): null lets any host steer and posts to '*'; a list filters incoming messages by
 * origin and posts to each listed origin, so the browser drops them unless the host is one of them.
 */
export function startMessageBridge(host: BridgeHost, allowed: string[] | null): () => void {
  const post = (message: FrameMessage) => {
    for (const target of allowed ?? ['*']) host.parent.postMessage(message, target);
  };

  const onMessage = (event: InboundMessage) => {
    // Only the page that frames us may steer; other frames and windows (popups, siblings) may not.
    if (event.source !== host.parent) return;
    if (allowed !== null && !allowed.includes(event.origin)) return;
    const message = parseHostMessage(event.data);
    if (message) applyHostMessage(message);
  };
  host.addEventListener('message', onMessage);

  const unsubscribe = appStore.subscribe((state, prev) => {
    if (state.selectedId !== prev.selectedId) post({ type: 'atlas:selected', id: state.selectedId });
  });

  post({ type: 'atlas:ready' });
  // A deep link (#event=…) selected before the host could listen: say so once.
  const { selectedId } = appStore.getState();
  if (selectedId !== null) post({ type: 'atlas:selected', id: selectedId });

  let lastHeight = -1;
  const stopObserving = host.observeHeight((raw) => {
    const height = Math.round(raw);
    if (height === lastHeight || !Number.isFinite(height)) return;
    lastHeight = height;
    post({ type: 'atlas:resize', height });
  });

  return () => {
    host.removeEventListener('message', onMessage);
    unsubscribe();
    stopObserving();
  };
}
