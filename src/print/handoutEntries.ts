/**
 * What the print handout lists, in words: in story mode the story's steps in their order (with captions),
 * otherwise the filtered events by date. Pure, so tests check the wording without a browser.
 */
import type { Event } from '../compiler/schema.ts';
import type { AppState } from '../store/appStore.ts';
import { selectActorsById, selectDocumentsById, selectFilteredByDate, selectStorySteps } from '../store/selectors.ts';
import { describeActors } from '../data/describeActors.ts';
import { describeCertainty } from '../data/certainties.ts';
import { describeCasualties, summarizeCasualties } from '../data/describeCasualties.ts';
import { describeDate } from '../data/describeDate.ts';
import { describePlace } from '../data/describePlace.ts';
import { describeTypeAndSubType } from '../data/eventSubTypes.ts';

export interface HandoutSource {
  quote: string;
  /** The document's title, or its id when the dataset lacks the document. */
  documentTitle: string;
  /** "published 2017-09-28, line 4" */
  where: string;
  /** The document's `source` as written in its front matter (a URL or a name); shown as text. */
  origin: string | null;
  /** What this source reports: "at least 8 killed, 98 injured", or null. */
  casualties: string | null;
}

export interface HandoutEntry {
  id: string;
  /** "Step 2 of 5" in story mode, else null. */
  step: string | null;
  /** The authored step's caption, if any. */
  caption: string | null;
  title: string;
  date: string;
  place: string;
  type: string;
  /** "Alleged — an accusation, not established": an allegation reads as one on paper too. */
  certainty: string;
  actors: string;
  /** The event's reported casualties in brief (src/data/describeCasualties.ts), or null when no source gives any. */
  casualties: string | null;
  edited: boolean;
  sources: HandoutSource[];
}

function entry(event: Event, state: AppState, step: string | null, caption: string | null): HandoutEntry {
  const documents = selectDocumentsById(state);
  return {
    id: event.id,
    step,
    caption,
    title: event.title,
    date: describeDate(event.date),
    place: describePlace(event.place),
    type: describeTypeAndSubType(event.type, event.subType),
    certainty: describeCertainty(event.certainty),
    actors: describeActors(event.actors, selectActorsById(state)),
    casualties: summarizeCasualties(event.sources),
    edited: event.edited === true,
    sources: event.sources.map((source) => {
      const document = documents.get(source.document);
      const published = document?.published ? `published ${document.published}` : 'publication date unknown';
      return {
        quote: source.quote,
        documentTitle: document?.title ?? source.document,
        where: `${published}, line ${source.line}`,
        origin: document?.source?.trim() || null,
        casualties: describeCasualties(source.casualties),
      };
    }),
  };
}

/** The handout's entries for a store state. */
export function handoutEntries(state: AppState): HandoutEntry[] {
  if (state.story === null) return selectFilteredByDate(state).map((e) => entry(e, state, null, null));
  const steps = selectStorySteps(state);
  const byId = new Map(state.dataset.events.map((e) => [e.id, e]));
  return steps.flatMap((step, i) => {
    const event = byId.get(step.eventId);
    return event ? [entry(event, state, `Step ${i + 1} of ${steps.length}`, step.caption ?? null)] : [];
  });
}
