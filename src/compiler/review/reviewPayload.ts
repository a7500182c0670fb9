import { sidecarPathFor } from '../overrides/sidecarPath.ts';
import type { Event } from '../schema.ts';
import { homeOf, statusOf, type Decided } from './reviewDecisions.ts';
import type { ReviewDocument, ReviewEvent, ReviewPayload } from './reviewTypes.ts';

export interface ReviewInputs {
  documents: readonly { id: string; file: string; title: string; text: string }[];
  /** The events as extracted, before any sidecar. */
  extracted: readonly Event[];
  /** The trigger of each extracted event, by id, offsets into its first source's document. */
  triggers: ReadonlyMap<string, { text: string; start: number; end: number }>;
  /** The events after every sidecar (before the publish policy): corrected and added ones are taken from here. */
  final: readonly Event[];
  decided: Decided;
  /** The sidecar each document has, by document id, when it is not the default name (`.events.yml`). */
  sidecars?: ReadonlyMap<string, string>;
}

/**
 * What the review screen shows: per document, each event it is home to as the extractor read it, beside
 * what the editor decided — the corrected version when edited — and the trigger word to highlight, then the
 * events the sidecar added. Rejected events are listed too: the editor may change their mind.
 */
export function reviewPayload({ documents, extracted, triggers, final, decided, sidecars }: ReviewInputs): ReviewPayload {
  const finalById = new Map(final.map((e) => [e.id, e]));
  const byDocument = new Map<string, ReviewEvent[]>(documents.map((d) => [d.id, []]));
  for (const e of extracted) {
    const status = statusOf(e.id, decided);
    const corrected = status === 'edited' ? finalById.get(e.id) : undefined;
    const trigger = triggers.get(e.id);
    byDocument.get(homeOf(e))?.push({ ...e, status, ...(corrected ? { corrected } : {}), ...(trigger ? { trigger } : {}) });
  }
  for (const e of final) {
    if (decided.added.has(e.id)) byDocument.get(homeOf(e))?.push({ ...e, status: 'edited', added: true });
  }
  return {
    documents: documents.map((d): ReviewDocument => ({
      id: d.id,
      file: d.file,
      title: d.title,
      text: d.text,
      sidecar: sidecars?.get(d.id) ?? sidecarPathFor(d.file),
      events: sortByText(byDocument.get(d.id)!, d.id),
    })),
  };
}

/** In reading order: where each event's sentence starts in this document; added ones after, in file order. */
function sortByText(events: ReviewEvent[], document: string): ReviewEvent[] {
  const at = (e: ReviewEvent) => (e.added ? Infinity : (e.sources.find((s) => s.document === document)?.start ?? Infinity));
  return events.map((e, i) => ({ e, i })).sort((a, b) => at(a.e) - at(b.e) || a.i - b.i).map(({ e }) => e);
}
