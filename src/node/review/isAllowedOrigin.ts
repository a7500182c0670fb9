/**
 * Whether a request to a dev-server endpoint may come from where it says it comes from. A browser sends
 * `Origin` with every cross-site request (and with same-origin POSTs): when it is there it must name this
 * server, as the `Host` header does, so another site open in the editor's browser cannot write to seeds/.
 * No `Origin` (curl, a same-origin GET) is allowed: such a request is not a page acting on a user's behalf.
 * The Host header itself is checked before this by Vite's `server.allowedHosts` (DNS rebinding).
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}
