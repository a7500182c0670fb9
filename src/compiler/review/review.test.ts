import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile, type InputFile } from '../compile.ts';

const gazetteer = fixtureGazetteer();
const text = [
  'Envoy tours the region', '', '3 March, 2020', '',
  'The envoy met the mayor of Sfax in Sfax on Monday, having visited Tunis the day before.', '',
  'Two days later, she held talks with officials in Algiers.', '',
  'Protesters marched in Tunis on Friday.', '',
].join('\n');
const article: InputFile = { path: 'seeds/tour.txt', text };
const plain = compile([article], { gazetteer });
const idOf = (title: string) => plain.dataset.events.find((e) => e.title.startsWith(title))!.id;
const sidecar = (lines: string[]): InputFile => ({ path: 'seeds/tour.events.yaml', text: lines.join('\n') });
const decisions = () => sidecar([
  `accept: [${idOf('Meeting in Sfax')}]`,
  `suppress: [${idOf('Visit to Tunis')}]`,
  'correct:', `  - id: ${idOf('Meeting in Algiers')}`, '    certainty: reported',
  'add:', '  - quote: Two days later', '    title: Talks in Algiers', '    type: diplomacy',
]);

describe('review state and publish policy', () => {
  it('has four extracted events to review', () => {
    expect(plain.dataset.events.map((e) => e.title).sort()).toEqual(['Meeting in Algiers', 'Meeting in Sfax', 'Protest in Tunis', 'Visit to Tunis']);
    expect(plain.review).toEqual([{ document: 'tour', file: 'seeds/tour.txt', total: 4, accepted: 0, edited: 0, rejected: 0, unreviewed: 4 }]);
    expect(plain.reviewPayload).toBeUndefined();
  });

  it('counts accepted, edited (corrected and added), rejected and unreviewed events per document', () => {
    const { dataset, review } = compile([article, decisions()], { gazetteer });
    expect(review).toEqual([{ document: 'tour', file: 'seeds/tour.txt', total: 5, accepted: 1, edited: 2, rejected: 1, unreviewed: 1 }]);
    expect(dataset.events.filter((e) => e.reviewed).map((e) => e.title).sort()).toEqual(['Meeting in Algiers', 'Meeting in Sfax', 'Talks in Algiers']);
    expect(dataset.events.find((e) => e.title === 'Protest in Tunis')!.reviewed).toBeUndefined();
  });

  it('publish: all (the default) publishes unreviewed events; reviewed leaves them out and says how many', () => {
    const all = compile([article, decisions(), { path: 'seeds/atlas.yaml', text: 'publish: all\n' }], { gazetteer });
    expect(all.dataset.events).toHaveLength(4);
    const reviewed = compile([article, decisions(), { path: 'seeds/atlas.yaml', text: 'publish: reviewed\n' }], { gazetteer });
    expect(reviewed.dataset.events.map((e) => e.title).sort()).toEqual(['Meeting in Algiers', 'Meeting in Sfax', 'Talks in Algiers']);
    // Only the held-back report: the article's "two days later" also earns a date warning (afterPublication).
    expect(reviewed.diagnostics.filter((d) => d.severity === 'info')).toEqual([
      { severity: 'info', file: 'seeds/tour.txt', line: 1, message: '1 of 4 events not reviewed yet: left out (publish: reviewed)' },
    ]);
  });

  it('a story step naming an event held back says so', () => {
    const story = { path: 'seeds/story.yaml', text: `steps:\n  - event: ${idOf('Protest in Tunis')}\n  - event: ${idOf('Meeting in Sfax')}\n` };
    const { dataset, diagnostics } = compile([article, decisions(), story, { path: 'seeds/atlas.yaml', text: 'publish: reviewed' }], { gazetteer });
    expect(dataset.story!.steps).toEqual([{ eventId: idOf('Meeting in Sfax') }]);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toContain(`seeds/story.yaml:2 story: steps[0]: "${idOf('Protest in Tunis')}" is not reviewed yet, so not published (publish: reviewed): step left out`);
  });

  it('the review payload lists each event as extracted, its status, its correction and its trigger', () => {
    const { reviewPayload } = compile([article, decisions()], { gazetteer, review: true });
    const [doc] = reviewPayload!.documents;
    expect(doc).toMatchObject({ id: 'tour', file: 'seeds/tour.txt', title: 'Envoy tours the region', text, sidecar: 'seeds/tour.events.yaml' });
    const brief = doc!.events.map((e) => [e.title, e.status, e.trigger && text.slice(e.trigger.start, e.trigger.end), e.added ?? false]);
    expect(brief).toEqual([
      ['Meeting in Sfax', 'accepted', 'met', false],
      ['Visit to Tunis', 'rejected', 'visited', false],
      ['Meeting in Algiers', 'edited', 'held talks', false],
      ['Protest in Tunis', 'unreviewed', 'Protesters', false],
      ['Talks in Algiers', 'edited', undefined, true],
    ]);
    const algiers = doc!.events[2]!;
    expect(algiers.certainty).toBe('stated');
    expect(algiers.corrected).toMatchObject({ id: algiers.id, certainty: 'reported', edited: true, reviewed: true });
    expect(algiers.trigger!.text).toBe('held talks');
  });

  it('without a sidecar the payload names the one the document would have', () => {
    const { reviewPayload } = compile([article], { gazetteer, review: true });
    expect(reviewPayload!.documents[0]!.sidecar).toBe('seeds/tour.events.yaml');
    expect(reviewPayload!.documents[0]!.events.every((e) => e.status === 'unreviewed' && e.trigger)).toBe(true);
  });
});
