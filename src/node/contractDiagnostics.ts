import { Dataset, Document, Event, type Diagnostic } from '../compiler/schema.ts';
import type { EventJson } from './eventJson.ts';
import { createUnchangedObjects, type UnchangedObjects } from './unchangedObjects.ts';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * What the dev server remembers between compiles for its contract check: the documents that kept the
 * contract (unchanged objects), and its events' JSON entries (eventJson.ts), marked when they kept it.
 */
export interface ContractMemo {
  documents: UnchangedObjects<true>;
  events: EventJson;
}

export function createContractMemo(events: EventJson): ContractMemo {
  return { documents: createUnchangedObjects(), events };
}

/**
 * The dataset contract, checked on the way out of a shell: a compiler bug must not ship a dataset the app
 * misreads. Each broken rule is an error on the document of the event at fault (else the first), so the
 * CLI exits 1 and a build stops with a file named, never with a bare ZodError (issue 16.3).
 *
 * `memo`: what kept the contract at the last compile (the dev server keeps one). The contract has no rule
 * across elements, so an element the same as one that kept it need not be checked again: a document
 * unchanged since (unchangedObjects.ts), an event with the JSON of one that kept it (eventJson.ts). A save
 * then checks the events it really changed, not all 106,000 (~1 s with zod). The errors are the same
 * either way, in the same order. The memo's event JSON is ended (`next`) by its owner, the plugin.
 */
export function contractDiagnostics(dataset: Dataset, memo?: ContractMemo): Diagnostic[] {
  let issues: Issue[];
  if (!memo) {
    const contract = Dataset.safeParse(dataset);
    issues = contract.success ? [] : contract.error.issues;
  } else {
    // The elements of the two large arrays one by one, the rest as a whole; issues in the order one
    // parse of the dataset gives them (its keys' order: version, documents, events, then the rest).
    const rest = Dataset.safeParse({ ...dataset, documents: [], events: [] });
    const restIssues = rest.success ? [] : rest.error.issues;
    const documents: Issue[] = [];
    dataset.documents.forEach((document, index) => {
      if (memo.documents.get(document.id, document)) return;
      const result = Document.safeParse(document);
      if (result.success) memo.documents.set(document.id, document, true);
      else documents.push(...result.error.issues.map((issue) => ({ path: ['documents', index, ...issue.path], message: issue.message })));
    });
    memo.documents.next();
    const events: Issue[] = [];
    const entries = memo.events.all(dataset.events);
    entries.forEach((entry, index) => {
      if (entry.valid) return;
      const result = Event.safeParse(dataset.events[index]);
      if (result.success) entry.valid = true;
      else events.push(...result.error.issues.map((issue) => ({ path: ['events', index, ...issue.path], message: issue.message })));
    });
    issues = [...restIssues.filter((i) => i.path[0] === 'version'), ...documents, ...events, ...restIssues.filter((i) => i.path[0] !== 'version')];
  }
  return issues.slice(0, 20).map((issue) => contractError(issue, dataset));
}

function contractError(issue: Issue, dataset: Dataset): Diagnostic {
  const [section, index] = issue.path;
  const event = section === 'events' && typeof index === 'number' ? dataset.events[index] : undefined;
  const document = section === 'documents' && typeof index === 'number' ? dataset.documents[index] : undefined;
  const documentId = document?.id ?? event?.sources[0]?.document;
  const file = dataset.documents.find((d) => d.id === documentId)?.file ?? dataset.documents[0]?.file ?? 'seeds';
  return { severity: 'error', file, line: 1, message: `compiler bug, the dataset breaks its contract at ${issue.path.join('.')}: ${issue.message}` };
}
