/**
 * Messages an embedded atlas sends to its host page. They carry only event ids and a height, never
 * document text, so sending them to any origin ('*') when no allow-list is set leaks nothing the frame's
 * URL does not already say.
 */
export type FrameMessage =
  /** Once, when the app is mounted and listening for host messages. */
  | { type: 'atlas:ready' }
  /** The selection changed (in the frame or by a host message); null when cleared. */
  | { type: 'atlas:selected'; id: string | null }
  /** The content's height in whole CSS pixels changed; the host may size the iframe to it. */
  | { type: 'atlas:resize'; height: number };
