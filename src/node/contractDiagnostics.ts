import { Dataset, type Diagnostic } from '../compiler/schema.ts';

/**
 * The dataset contract, checked on the way out of a shell: a compiler bug must not ship a dataset the app
 * misreads. Each broken rule is an error on the document of the event at fault (else the first), so the
 * CLI exits 1 and a build stops with a file named, never with a bare ZodError (issue 16.3).
 */
export function contractDiagnostics(dataset: Dataset): Diagnostic[] {
  const contract = Dataset.safeParse(dataset);
  if (contract.success) return [];
  return contract.error.issues.slice(0, 20).map((issue) => contractError(issue, dataset));
}

function contractError(issue: { path: PropertyKey[]; message: string }, dataset: Dataset): Diagnostic {
  const [section, index] = issue.path;
  const event = section === 'events' && typeof index === 'number' ? dataset.events[index] : undefined;
  const document = section === 'documents' && typeof index === 'number' ? dataset.documents[index] : undefined;
  const documentId = document?.id ?? event?.sources[0]?.document;
  const file = dataset.documents.find((d) => d.id === documentId)?.file ?? dataset.documents[0]?.file ?? 'seeds';
  return { severity: 'error', file, line: 1, message: `compiler bug, the dataset breaks its contract at ${issue.path.join('.')}: ${issue.message}` };
}
