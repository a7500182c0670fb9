import { resolve } from 'node:path';
import type { Diagnostic } from '../compiler/schema.ts';
import { formatDiagnostic } from './formatDiagnostic.ts';

/** All the errors of one compile as one report: one `file:line:col: error: …` line each. */
export interface ErrorReport {
  message: string;
  /** The first error's file, absolute, and its 1-based position: where the overlay's link opens. */
  id: string;
  loc: { file: string; line: number; column: number };
}

/**
 * One message for every error of a compile, so the overlay and the terminal show the editor the whole
 * list at once instead of the first error of three. Undefined when there is no error.
 */
export function errorReport(diagnostics: readonly Diagnostic[], root: string): ErrorReport | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return undefined;
  const heading = errors.length === 1 ? '1 error in the seeds:' : `${errors.length} errors in the seeds:`;
  const file = resolve(root, first.file);
  return {
    message: [heading, ...errors.map(formatDiagnostic)].join('\n'),
    id: file,
    loc: { file, line: first.line, column: first.column ?? 1 },
  };
}
