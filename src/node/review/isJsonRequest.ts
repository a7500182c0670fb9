/**
 * `Content-Type: application/json` on a write. A plain HTML form cannot send it, and a cross-site script
 * cannot send it without a CORS preflight (which the dev server does not grant): with the origin check,
 * this keeps other sites from posting to the write endpoint.
 */
export function isJsonRequest(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
