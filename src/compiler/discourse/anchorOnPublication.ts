import type { Candidate } from '../events/Candidate.ts';

/**
 * News reports what has just happened: an event the text leaves undated is of the days before publication.
 * A verb in the simple present ("UNSMIL condemns…", "Protesters gather…") is the day itself, and so is the
 * present perfect that a present says ("Rebels say they have entered the prison"); anything else
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
    const today = c.present || (c.perfect && reportedNow(c.sources[0]?.quote ?? '', c.at));
    c.date = today ? { start: published, precision: 'day' } : { start: published.slice(0, 7), precision: 'month' };
    c.inferred = { ...c.inferred, date: { from: 'publication' } };
  }
  return candidates;
}

// A saying in the simple present: what it reports in the present perfect has just happened.
const SAYS_NOW = /\b(?:says|say|reports|report|announces|announce|confirms|confirm|claims|claim|tells|states)\b/i;

function reportedNow(quote: string, at: number): boolean {
  return SAYS_NOW.test(quote.slice(0, at));
}
