import { describe, expect, it } from 'vitest';
import { createActorFinder } from './createActorFinder.ts';

const pairs = (sentence: string): [string, string][] => createActorFinder().find(sentence).map((m) => [m.text, m.actorId]);

describe('organisations not in the actor list', () => {
  it('finds capitalised words ending in a cue word, armed or civil', () => {
    const finder = createActorFinder();
    finder.find('Fighters of the Tariq Ben Ziyad Brigade and the Sabratha Municipal Council argued.');
    expect(finder.actors().map(({ id, kind }) => [id, kind])).toEqual([
      ['sabratha-municipal-council', 'organisation'],
      ['tariq-ben-ziyad-brigade', 'armed-group'],
    ]);
  });

  it('calls a council with a military word an armed group', () => {
    const finder = createActorFinder();
    finder.find('The Gharyan Military Council took the hills.');
    expect(finder.actors()).toMatchObject([{ id: 'gharyan-military-council', kind: 'armed-group' }]);
  });

  it('finds a name whose initials the bracketed acronym spells', () => {
    expect(pairs('The Committee for Dialogue and Return (CDR) met.')).toEqual([['Committee for Dialogue and Return', 'committee-for-dialogue-and-return']]);
  });

  it('does not take an operation or an agreement for an organisation', () => {
    expect(pairs('Operation Volcano of Rage (OVR) began in April.')).toEqual([]);
    expect(pairs('They signed the Skhirat Political Agreement (SPA) in 2015.')).toEqual([]);
  });

  it('ignores generic descriptors before a cue word', () => {
    expect(pairs('Special Forces and Government Forces moved in, as did the Army.')).toEqual([]);
  });

  it('ignores sentence furniture before the name', () => {
    expect(pairs('In Misrata Military Council offices, staff waited.')).toEqual([['Misrata Military Council', 'misrata-military-council']]);
  });
});
