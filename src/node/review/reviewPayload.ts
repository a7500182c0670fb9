import type { CompileResult, InputFile } from '../../compiler/compile.ts';
import { sidecarPathFor } from '../../compiler/overrides/sidecarPath.ts';

/**
 * What `GET /__atlas/review` answers (the shape of src/review/reviewTypes.ts): the documents and their
 * events with what the editor decided. STAND-IN until the compiler's pure review payload function lands
 * (src/compiler/review/): then this calls it with the same files and result. Until then it knows only
 * what the published dataset says: an edited event is `edited`, every other one `unreviewed`, and
 * rejected events, being left out of the dataset, are not listed.
 */
export function reviewPayload(_files: readonly InputFile[], result: CompileResult): unknown {
  const { dataset } = result;
  return {
    documents: dataset.documents.map((doc) => ({
      id: doc.id,
      file: doc.file,
      title: doc.title,
      text: doc.text,
      sidecar: sidecarPathFor(doc.file),
      events: dataset.events
        .filter((e) => e.sources.some((s) => s.document === doc.id))
        .map((e) => ({ ...e, status: e.reviewed ? 'accepted' : e.edited ? 'edited' : 'unreviewed' })),
    })),
  };
}
