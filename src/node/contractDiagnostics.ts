import { Dataset, Document, Event, type Diagnostic } from '../compiler/schema.ts';
import type { UnchangedObjects } from './unchangedObjects.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * The dataset contract, checked on the way out of a shell: a compiler bug must not ship a dataset the app
 * misreads. Each broken rule is an error on the document of the event at fault (else the first), so the
 * CLI exits 1 and a build stops with a file named, never with a bare ZodError (issue 16.3).
 *
 * `checked`: the events and documents that kept the contract at the last compile (the dev server keeps
 * one). The contract has no rule across elements, so an element unchanged since (unchangedObjects.ts) is
 * not checked again: a save then checks the events of the zones it merged again, not all 106,000 (~1 s).
 * The errors are the same either way, in the same order.
 */
export function contractDiagnostics(dataset: Dataset, checked?: { events: UnchangedObjects<true>; documents: UnchangedObjects<true> }): Diagnostic[] {
  let issues: Issue[];
  if (!checked) {
    const contract = Dataset.safeParse(dataset);
    issues = contract.success ? [] : contract.error.issues;
  } else {
    // The elements of the two large arrays one by one, the rest as a whole; issues in the order one
    // parse of the dataset gives them (its keys' order: version, documents, events, then the rest).
    const rest = Dataset.safeParse({ ...dataset, documents: [], events: [] });
    const restIssues = rest.success ? [] : rest.error.issues;
    issues = [
      ...restIssues.filter((i) => i.path[0] === 'version'),
      ...elementIssues('documents', dataset.documents, Document, checked.documents),
      ...elementIssues('events', dataset.events, Event, checked.events),
      ...restIssues.filter((i) => i.path[0] !== 'version'),
    ];
    checked.documents.next();
    checked.events.next();
  }
  return issues.slice(0, 20).map((issue) => contractError(issue, dataset));
}

function elementIssues(section: string, elements: readonly (Event | Document)[], schema: typeof Event | typeof Document, checked: UnchangedObjects<true>): Issue[] {
  const issues: Issue[] = [];
  elements.forEach((element, index) => {
    if (checked.get(element.id, element)) return;
    const result = schema.safeParse(element);
    if (result.success) checked.set(element.id, element, true);
    else for (const issue of result.error.issues) issues.push({ path: [section, index, ...issue.path], message: issue.message });
  });
  return issues;
}

function contractError(issue: Issue, dataset: Dataset): Diagnostic {
  const [section, index] = issue.path;
  const event = section === 'events' && typeof index === 'number' ? dataset.events[index] : undefined;
  const document = section === 'documents' && typeof index === 'number' ? dataset.documents[index] : undefined;
  const documentId = document?.id ?? event?.sources[0]?.document;
  const file = dataset.documents.find((d) => d.id === documentId)?.file ?? dataset.documents[0]?.file ?? 'seeds';
  return { severity: 'error', file, line: 1, message: `compiler bug, the dataset breaks its contract at ${issue.path.join('.')}: ${issue.message}` };
}
