import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from '../../testing/gazetteer/fixtureGazetteer.ts';
import { compile } from '../compile.ts';
import type { Event } from '../schema.ts';

/**
 * One short article per phenomenon of reading a document as a whole, written for these tests. Each names
 * what the sentence alone cannot give and the document can.
 */
const gazetteer = fixtureGazetteer();

function events(text: string): Event[] {
  return compile([{ path: 'seeds/test.txt', text }], { gazetteer }).dataset.events;
}

const brief = (e: Event) => ({
  date: e.date?.start ?? null, place: e.place?.name ?? null, sources: e.sources.length,
  inferred: { date: e.inferred?.date?.from ?? null, place: e.inferred?.place?.from ?? null },
});

describe('reading a document, not a sentence', () => {
  it('resolves "the town" to the last town named, and says the place came from context', () => {
    const [first, second] = events([
      'Rebels take a Malian town',
      '',
      'March 20, 2014',
      '',
      'Rebels seized the town of Kidal on Monday after a night of fighting.',
      '',
      'Government aircraft bombed the town on Wednesday, residents said.',
    ].join('\n'));
    expect(brief(first!)).toMatchObject({ date: '2014-03-17', place: 'Kidal', inferred: { place: null } });
    expect(brief(second!)).toMatchObject({ date: '2014-03-19', place: 'Kidal', inferred: { place: 'context' } });
    expect(second!.inferred!.place!.source!.quote).toMatch(/^Rebels seized the town of Kidal/);
  });

  it('carries the narrative time of a paragraph into a sentence that gives none', () => {
    const found = events([
      'A decade of displacement',
      '',
      'In May 2013, militias overran Gao in northern Mali. Thousands of residents fled the city.',
    ].join('\n'));
    const fled = found.find((e) => e.subType === 'displacement');
    expect(fled).toBeDefined();
    expect(brief(fled!)).toMatchObject({ date: '2013-05', place: 'Gao', inferred: { date: 'context' } });
  });

  it('places a wire story at its dateline when the lead names no place', () => {
    const [clash] = events([
      'Clashes in the east',
      '',
      'BENGHAZI, Libya (AP) — Rival militias clashed near a checkpoint on Friday, killing three fighters.',
    ].join('\n'));
    expect(clash).toBeDefined();
    expect(brief(clash!)).toMatchObject({ place: 'Benghazi', inferred: { place: 'dateline' } });
    // The quote is the sentence, not the dateline.
    expect(clash!.sources[0]!.quote).toMatch(/^Rival militias clashed/);
  });

  it('reads an event told as a noun', () => {
    const [capture] = events([
      'Town falls',
      '',
      'June 3, 2015',
      '',
      'The capture of Palmyra by the group on 21 May was its biggest gain in Syria this year.',
    ].join('\n'));
    expect(capture).toMatchObject({ type: 'battles', date: { start: '2015-05-21' } });
    expect(capture!.place!.lat).toBeCloseTo(34.56, 1);
  });

  it('places an event in a province the gazetteer only knows as an area', () => {
    const [strike] = events('Strikes in the north\n\nOctober 8, 2015\n\nAirstrikes hit villages in Saada province on Tuesday.');
    expect(strike).toMatchObject({ date: { start: '2015-10-06' }, place: { precision: 'region' } });
  });

  it('makes one event of a happening told in two halves, one placed and one dated', () => {
    const found = events([
      'Convoy ambushed',
      '',
      'A supply convoy was ambushed near Gao, officials said.',
      '',
      'The ambush took place on 3 March 2016 and lasted two hours.',
    ].join('\n'));
    expect(found).toHaveLength(1);
    expect(brief(found[0]!)).toMatchObject({ date: '2016-03-03', place: 'Gao', sources: 2 });
  });

  it('makes no event of background, commentary or a casualty toll', () => {
    expect(events([
      'A country adrift',
      '',
      'May 2, 2019',
      '',
      'The country has been in turmoil since the 2011 uprising.',
      'Attacks on civilians can amount to war crimes.',
      'More than 2,000 people have been killed since the offensive began.',
    ].join('\n'))).toEqual([]);
  });

  it('reads a failed or planned act as no event', () => {
    expect(events([
      'Evacuation stalls',
      '',
      'April 2, 2016',
      '',
      'Talks on the evacuation of Madaya broke down on Sunday.',
      'Rebels failed to break the siege of the town.',
      'The army plans to retake Madaya next week.',
    ].join('\n')).map((e) => e.title).filter((t) => !t.startsWith('Meeting'))).toEqual([]);
  });

  it('dates undated news of the day by the publication, and says so', () => {
    const found = events([
      'Agency condemns shelling',
      '',
      '12 May 2016 –',
      '',
      'The agency condemns the shelling of a hospital in Aleppo.',
    ].join('\n'));
    const statement = found.find((e) => e.subType === 'statement');
    expect(statement).toMatchObject({ date: { start: '2016-05-12', precision: 'day' }, place: null, inferred: { date: { from: 'publication' } } });
    // What is condemned is an event of its own, at its place, no finer in time than the text allows.
    expect(found.find((e) => e.type === 'explosions-remote-violence')).toMatchObject({ place: { name: 'Aleppo' }, date: { start: '2016-05', precision: 'month' } });
  });

  it('keeps the violence a statement condemns, where and when it happened, and the statement as news of the day', () => {
    const found = events([
      'Council condemns attack on peacekeepers',
      '',
      '12 March 2023',
      '',
      'The members of the Security Council condemned the attack against a convoy near Tessalit in northern Mali on 10 March, which killed two peacekeepers from Chad.',
    ].join('\n'));
    const attack = found.find((e) => e.type !== 'diplomacy');
    expect(attack).toMatchObject({ date: { start: '2023-03-10' }, place: { name: 'Tessalit' } });
    const statement = found.find((e) => e.subType === 'statement');
    expect(statement).toMatchObject({ place: null, date: { start: '2023-03', precision: 'month' }, inferred: { date: { from: 'publication' } } });
  });

  it('resolves "the port" to a port or a port town, never to an airport', () => {
    const found = events('A campaign\n\nOn 12 August 2015 fighters captured the airport of Sirte. Three days later, airstrikes hit the port.');
    expect(found.find((e) => e.type === 'explosions-remote-violence')?.place ?? null).toBeNull();
  });
});

