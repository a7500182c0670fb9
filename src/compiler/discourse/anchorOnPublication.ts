import type { Candidate } from '../events/Candidate.ts';

/**
 * News reports what has just happened: an event the text leaves undated is of the days before publication.
 * A verb in the simple present ("UNSMIL condemns…", "Protesters gather…") is the day itself; anything else
 * gets the publication month, no finer, and says the date was inferred. Not an event told in the past
 * perfect (earlier than the story), nor anything in a document without a publication date, nor a quotation
 * (people quoted speak of their own time).
 */
export function anchorOnPublication(candidates: Candidate[], published: string | null): Candidate[] {
  if (!published) return candidates;
  for (const c of candidates) {
    if (c.date || c.earlier || c.undatable) continue;
    const quoted = /^["“‘]/.test(c.sources[0]?.quote ?? '');
    if (quoted) continue;
    c.date = c.present ? { start: published, precision: 'day' } : { start: published.slice(0, 7), precision: 'month' };
    c.inferred = { ...c.inferred, date: { from: 'publication' } };
  }
  return candidates;
}
