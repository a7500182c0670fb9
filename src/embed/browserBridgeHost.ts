import type { BridgeHost } from './messageBridge.ts';

/**
 * The real `window` as a BridgeHost. The height is the document's scroll height: the embed layout fills
 * the frame (down to a minimum), so it equals the frame's height unless the frame is smaller than that
 * minimum — a host that sizes the frame to it settles after one step instead of growing it forever.
 */
export function browserBridgeHost(win: Window): BridgeHost {
  const root = win.document.documentElement;
  return {
    parent: win.parent,
    addEventListener: (type, listener) => win.addEventListener(type, listener),
    removeEventListener: (type, listener) => win.removeEventListener(type, listener),
    observeHeight(report) {
      const measure = () => report(root.scrollHeight);
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(root);
      observer.observe(win.document.body);
      return () => observer.disconnect();
    },
  };
}
