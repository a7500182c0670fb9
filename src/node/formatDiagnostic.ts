import type { Diagnostic } from '../compiler/schema.ts';

/** `file:line[:column]: severity: message`, the form editors and CI logs turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}: ${d.severity}: ${d.message}`;
}
